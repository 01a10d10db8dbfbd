using System.Globalization;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Titles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary>
/// <c>/search?q=</c>: a query equal to a title or alias goes straight to the article (unless <c>fulltext=1</c>);
/// otherwise ranked results, 20 a page (<c>offset=</c>), with snippets, categories to narrow by, and "Did you mean".
/// Any input answers 200 with results or a plain message.
/// </summary>
/// <remarks>
/// The article reader (and the database context it needs) is resolved only for a go-to-title lookup: a results page
/// (<c>fulltext=1</c>, every link the page itself makes) reads the index alone, and making the context was 3% of the
/// server's CPU in a profile of searches at 100,000 articles.
/// </remarks>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Protection.RateLimits.Search)]
public sealed class SearchModel(ISearchIndex index) : PageModel
{
    public const int PageSize = 20;

    /// <summary>Deeper pages than this are not offered: nobody reads result 10,000, and skipping costs time.</summary>
    public const int MaxOffset = 1000;

    /// <summary>The query as typed, control characters removed, for the search box and messages.</summary>
    public string Query { get; private set; } = string.Empty;

    public SearchQuery? Parsed { get; private set; }

    public SearchResults Results { get; private set; } = SearchResults.Empty;

    public int Offset { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? q, string? fulltext, string? offset, CancellationToken cancellationToken)
    {
        Query = SearchQuery.Clean(q).Text;
        ViewData["Query"] = Query;
        if (Query.Length == 0)
        {
            return Page();
        }

        if (fulltext != "1" && await HttpContext.RequestServices.GetRequiredService<ArticleReader>().FindAsync(Query, cancellationToken) is { } lookup)
        {
            return Redirect(WikiUrls.Article(lookup.Page.Title));
        }

        Parsed = SearchQuery.Parse(Query);
        Offset = int.TryParse(offset, NumberStyles.None, CultureInfo.InvariantCulture, out var skip) ? Math.Min(skip, MaxOffset) : 0;
        Results = await index.SearchAsync(Parsed, Offset, PageSize, cancellationToken);
        return Page();
    }

    /// <summary>A results URL for a query as a reader would type it.</summary>
    public static string ResultsUrl(string query, int offset = 0) =>
        "/search?q=" + Uri.EscapeDataString(query) + "&fulltext=1" + (offset > 0 ? "&offset=" + offset.ToString(CultureInfo.InvariantCulture) : string.Empty);

    /// <summary>Whether the query could name a page, so that the page can offer to create it.</summary>
    public bool CouldBeTitle => WikiTitle.Problem(WikiTitle.Normalize(Query)) is null;
}
