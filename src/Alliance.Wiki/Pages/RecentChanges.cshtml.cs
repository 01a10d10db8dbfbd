using Alliance.Wiki.Core.History;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary><c>/recent-changes</c>: the latest changes across the wiki, by one author or without minor edits on request.</summary>
public sealed class RecentChangesModel(RevisionHistory history) : PageModel
{
    public const int Limit = 50;

    public RecentChangesFilter Filter { get; private set; } = new(null, false);

    public IReadOnlyList<RevisionChange> Changes { get; private set; } = [];

    public async Task OnGetAsync(string? user, string? hideminor, CancellationToken cancellationToken)
    {
        Filter = RecentChangesFilter.From(user, hideminor);
        Changes = await history.RecentAsync(Filter, Limit, cancellationToken);
    }
}
