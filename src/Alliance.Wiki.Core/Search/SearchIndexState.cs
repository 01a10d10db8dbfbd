namespace Alliance.Wiki.Core.Search;

/// <summary>Whether the index can answer searches.</summary>
public enum SearchIndexState
{
    /// <summary>Not opened yet, or missing or unusable and waiting to be rebuilt.</summary>
    Unavailable,

    /// <summary>Being built from the database, with no older index to serve meanwhile.</summary>
    Rebuilding,

    Ready,
}
