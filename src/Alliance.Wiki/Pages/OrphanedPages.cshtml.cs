using Alliance.Wiki.Core.Articles;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary><c>/orphaned</c>: articles no other article links to.</summary>
public sealed class OrphanedPagesModel(PageTools tools) : PageModel
{
    public IReadOnlyList<PageSummary> Pages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Pages = await tools.OrphanedAsync(500, cancellationToken);
}
