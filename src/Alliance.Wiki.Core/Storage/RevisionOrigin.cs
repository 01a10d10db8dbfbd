namespace Alliance.Wiki.Core.Storage;

/// <summary>Where a revision came from: an import of content/ never overwrites an editor's revision.</summary>
public enum RevisionOrigin
{
    Import = 0,
    Editor = 1,
}
