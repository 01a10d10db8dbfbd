using Alliance.Wiki.Core.Articles;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary><c>/statistics</c>: the wiki in figures.</summary>
public sealed class StatisticsModel(PageTools tools) : PageModel
{
    public WikiStatistics? Figures { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Figures = await tools.StatisticsAsync(cancellationToken);
}
