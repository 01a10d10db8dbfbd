using Alliance.Wiki.Core.Articles;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary><c>/wanted</c>: red links, with how many pages link to each.</summary>
public sealed class WantedPagesModel(PageTools tools) : PageModel
{
    public IReadOnlyList<WantedPage> Wanted { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Wanted = await tools.WantedAsync(500, cancellationToken);
}
