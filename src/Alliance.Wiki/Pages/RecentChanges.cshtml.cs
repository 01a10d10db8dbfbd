using Alliance.Wiki.Core.History;
using Alliance.Wiki.Formatting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary><c>/recent-changes</c>: the latest changes across the wiki, by one author or without minor edits on request.</summary>
public sealed class RecentChangesModel(RevisionHistory history) : PageModel
{
    public RecentChangesFilter Filter { get; private set; } = new(null, false);

    public IReadOnlyList<RevisionChange> Changes { get; private set; } = [];

    public async Task OnGetAsync(string? user, string? hideminor, CancellationToken cancellationToken)
    {
        Filter = RecentChangesFilter.From(user, hideminor);
        Changes = await history.RecentAsync(Filter, Listings.RecentChanges, cancellationToken);
    }
}
