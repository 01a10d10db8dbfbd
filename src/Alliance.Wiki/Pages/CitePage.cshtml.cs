using System.Globalization;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Titles;
using Alliance.Wiki.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Pages;

/// <summary><c>/cite/{title}</c>: how to cite an article, by the permanent link of its current revision.</summary>
public sealed class CitePageModel(ArticleReader reader, IOptions<WikiOptions> options, TimeProvider clock) : ArticlePageModel(reader)
{
    private readonly ArticleReader _reader = reader;

    public RevisionInfo? Revision { get; private set; }

    public string Site => options.Value.SiteName;

    public string Permalink { get; private set; } = string.Empty;

    public DateOnly Today { get; private set; }

    public string BibTex { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string? title, CancellationToken cancellationToken)
    {
        if (await FindArticleAsync("cite", title, cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (Article?.LatestRevisionId is long id)
        {
            Revision = await _reader.RevisionInfoAsync(id, cancellationToken);
            Permalink = $"{Request.Scheme}://{Request.Host}{WikiUrls.Revision(id)}";
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            BibTex = string.Create(CultureInfo.InvariantCulture, $$"""
                @misc{ wiki:{{id}},
                  author = "{{Site}}",
                  title = "{{Article.Title.Replace("\"", "'", StringComparison.Ordinal)}}",
                  year = "{{Revision!.CreatedAt.Year}}",
                  url = "{{Permalink}}",
                  note = "Revision {{id}}; accessed {{Today:yyyy-MM-dd}}"
                }
                """);
        }

        return Page();
    }
}
