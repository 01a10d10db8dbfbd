namespace Alliance.Wiki.Core.Indexing;

/// <summary>
/// Told of each batch of the change log this node applies, whichever node wrote it: the way a per-node cache (the
/// page cache) forgets what another node's save changed.
/// </summary>
public interface IChangeLogObserver
{
    /// <summary>Called after the batch is searchable; must be quick and must not throw.</summary>
    void Applied(AppliedChanges changes);
}
