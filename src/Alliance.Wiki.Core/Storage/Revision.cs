namespace Alliance.Wiki.Core.Storage;

/// <summary>One saved version of a page: the whole text (front matter without the title, and the body).</summary>
public sealed class Revision
{
    public long Id { get; set; }

    public long PageId { get; set; }

    public long? ParentId { get; set; }

    public required string Text { get; set; }

    public string Comment { get; set; } = string.Empty;

    public required string Author { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Size of the text in UTF-8 bytes.</summary>
    public int Size { get; set; }

    public bool IsMinor { get; set; }

    public RevisionOrigin Origin { get; set; }
}
