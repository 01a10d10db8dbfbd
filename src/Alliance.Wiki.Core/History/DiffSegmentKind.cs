namespace Alliance.Wiki.Core.History;

/// <summary>What happened to a run of text between two versions of a line.</summary>
public enum DiffSegmentKind
{
    Same = 0,
    Deleted = 1,
    Inserted = 2,
}
