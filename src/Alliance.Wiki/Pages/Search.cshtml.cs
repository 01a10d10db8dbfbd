using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Titles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary><c>/search?q=</c>: an exact title or alias goes straight to the article; otherwise the matching titles.</summary>
public sealed class SearchModel(ArticleReader reader) : PageModel
{
    private const int MaxQueryLength = 300;
    private const int Limit = 50;

    public string Query { get; private set; } = string.Empty;

    public IReadOnlyList<PageSummary> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? q, string? fulltext, CancellationToken cancellationToken)
    {
        Query = WikiTitle.Normalize(q?.Length > MaxQueryLength ? q[..MaxQueryLength] : q);
        ViewData["Query"] = Query;
        if (Query.Length == 0)
        {
            return Page();
        }

        if (fulltext != "1" && await reader.FindAsync(Query, cancellationToken) is { } lookup)
        {
            return Redirect(WikiUrls.Article(lookup.Page.Title));
        }

        Results = await reader.TitlesContainingAsync(Query, Limit, cancellationToken);
        return Page();
    }
}
