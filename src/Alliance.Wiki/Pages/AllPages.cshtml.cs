using Alliance.Wiki.Core.Articles;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary><c>/all-pages?from=…</c>: every article in title order, a few hundred at a time.</summary>
public sealed class AllPagesModel(PageTools tools) : PageModel
{
    private const int PerPage = 300;

    public string? From { get; private set; }

    public IReadOnlyList<PageSummary> Pages { get; private set; } = [];

    /// <summary>The first title of the next page, or null on the last.</summary>
    public string? Next { get; private set; }

    public async Task OnGetAsync(string? from, CancellationToken cancellationToken)
    {
        From = from?.Trim();
        var pages = await tools.AllAsync(From, PerPage + 1, cancellationToken);
        Next = pages.Count > PerPage ? pages[PerPage].Title : null;
        Pages = pages.Take(PerPage).ToList();
    }
}
