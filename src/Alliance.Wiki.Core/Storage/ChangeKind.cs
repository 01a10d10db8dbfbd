namespace Alliance.Wiki.Core.Storage;

/// <summary>What a change-log row says happened. Every kind means the same to a follower: re-read the page (or, for <see cref="Rebuild"/>, every page).</summary>
public enum ChangeKind
{
    Saved = 0,
    Moved = 1,
    Protected = 2,
    Deleted = 3,

    /// <summary>An operator asked for the whole index to be rebuilt (the <c>reindex</c> verb while a server runs).</summary>
    Rebuild = 4,
}
