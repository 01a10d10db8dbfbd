namespace Alliance.Wiki.Core.Editing;

public enum DiffLineKind
{
    Same,
    Added,
    Removed,
}
