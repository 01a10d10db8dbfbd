using Alliance.Wiki.Core.Articles;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Wiki.Pages;

/// <summary><c>/source/{title}</c>: an article's current text, read-only, for anyone: what a protected page offers instead of its editor.</summary>
public sealed class ViewSourceModel(ArticleReader reader) : ArticlePageModel(reader)
{
    private readonly ArticleReader _reader = reader;

    public string Text { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string? title, CancellationToken cancellationToken)
    {
        if (await FindArticleAsync("source", title, cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (Article?.LatestRevisionId is long id && await _reader.RevisionAsync(id, cancellationToken) is { } found)
        {
            Text = found.Revision.Text;
        }

        return Page();
    }
}
