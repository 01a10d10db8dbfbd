namespace Alliance.Wiki.Core.Storage;

/// <summary>
/// A revision rendered once: its HTML and table of contents. Deleted when a page it links to appears or vanishes,
/// so that its red links are recomputed on the next view.
/// </summary>
public sealed class RevisionRender
{
    public long RevisionId { get; set; }

    public required string Html { get; set; }

    public required string ContentsJson { get; set; }

    public DateTime RenderedAt { get; set; }
}
