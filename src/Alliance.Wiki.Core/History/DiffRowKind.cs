namespace Alliance.Wiki.Core.History;

/// <summary>What a row of a line diff shows.</summary>
public enum DiffRowKind
{
    /// <summary>A line both versions share.</summary>
    Unchanged = 0,

    /// <summary>A line edited in place: both versions, with the changed words highlighted.</summary>
    Changed = 1,

    /// <summary>A line only the old version has.</summary>
    Deleted = 2,

    /// <summary>A line only the new version has.</summary>
    Inserted = 3,

    /// <summary>A run of unchanged lines left out, far from any change.</summary>
    Skipped = 4,
}
