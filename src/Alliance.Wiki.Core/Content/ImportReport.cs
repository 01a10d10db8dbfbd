namespace Alliance.Wiki.Core.Content;

/// <summary>What an import of content/ did, file by file.</summary>
public sealed class ImportReport
{
    public List<string> Created { get; } = [];

    public List<string> Updated { get; } = [];

    public List<string> Unchanged { get; } = [];

    /// <summary>Files whose page has editor revisions since the last import: left alone, never overwritten.</summary>
    public List<string> KeptEditorRevisions { get; } = [];

    public List<string> Failed { get; } = [];

    public int Total => Created.Count + Updated.Count + Unchanged.Count + KeptEditorRevisions.Count + Failed.Count;

    public override string ToString() =>
        $"{Total} files: {Created.Count} created, {Updated.Count} updated, {Unchanged.Count} unchanged, " +
        $"{KeptEditorRevisions.Count} kept editors' revisions, {Failed.Count} failed";
}
