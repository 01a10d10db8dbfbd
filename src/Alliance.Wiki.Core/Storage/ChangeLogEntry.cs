namespace Alliance.Wiki.Core.Storage;

/// <summary>
/// One row of the change log (a transactional outbox): written in the same transaction as the change it records,
/// applied to the search index after commit. It names no node, so every node of a many-machine wiki can follow it.
/// </summary>
public sealed class ChangeLogEntry
{
    /// <summary>The sequence: increasing, never reused (AUTOINCREMENT), so a follower resumes after the last one it applied.</summary>
    public long Id { get; set; }

    /// <summary>The page that changed, or null for <see cref="ChangeKind.Rebuild"/>.</summary>
    public long? PageId { get; set; }

    public ChangeKind Kind { get; set; }

    /// <summary>When it was written (UTC); the log is pruned by age, never by whether a node applied it.</summary>
    public DateTime CreatedAt { get; set; }
}
