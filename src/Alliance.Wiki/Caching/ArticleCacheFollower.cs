using Alliance.Wiki.Core.Indexing;

namespace Alliance.Wiki.Caching;

/// <summary>
/// Evicts from the change log, as this node applies it: a save on any node moves on the versions of the pages it
/// changed (and the wiki's, when a name came or went), so no node serves the old page once it has read the row.
/// Chosen over a shared output cache (Redis): every node already follows the log for its search index, woken by
/// PostgreSQL's NOTIFY within milliseconds (a poll at worst), the cached pages stay in each node's memory at the cost
/// of serving a file, and there is no second server to run, secure and lose. The node that saved has moved its own
/// versions already (<see cref="ArticleCacheParticipant"/>): doing it again is harmless.
/// </summary>
public sealed class ArticleCacheFollower(ArticleCache cache) : IChangeLogObserver
{
    public void Applied(AppliedChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var title in changes.Titles)
        {
            cache.PageChanged(title);
        }

        if (changes.NamesChanged)
        {
            cache.WikiChanged();
        }
    }
}
