using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;

namespace Alliance.Wiki.Core.Articles;

/// <summary>A page's category and link rows, replaced whole with each of its revisions (one command each).</summary>
public sealed class PageRows(WikiDbContext db)
{
    /// <summary>The page's categories, as its latest revision names them.</summary>
    public async Task ReplaceCategoriesAsync(long pageId, IReadOnlyList<string> categories, CancellationToken cancellationToken)
    {
        var rows = categories.Select(WikiTitle.Normalize).Where(c => WikiTitle.Problem(c) is null).Distinct(StringComparer.Ordinal)
            .Select(category => new object?[] { pageId, category });
        await db.ReplacePageRowsAsync("categories", pageId, ["PageId", "Name"], rows, cancellationToken);
    }

    /// <summary>The page's outgoing links, as its latest revision renders them.</summary>
    public async Task ReplaceLinksAsync(long pageId, IReadOnlyList<string> targets, CancellationToken cancellationToken)
    {
        var rows = targets.GroupBy(WikiTitle.Key, StringComparer.Ordinal).Select(group => new object?[] { pageId, group.Key, group.First() });
        await db.ReplacePageRowsAsync("links", pageId, ["PageId", "TargetKey", "TargetTitle"], rows, cancellationToken);
    }
}
