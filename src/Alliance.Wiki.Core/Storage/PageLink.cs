namespace Alliance.Wiki.Core.Storage;

/// <summary>A wiki link from a page's latest revision to a normalised title, which may not exist yet.</summary>
public sealed class PageLink
{
    public long PageId { get; set; }

    public required string TargetTitle { get; set; }

    /// <summary><see cref="Titles.WikiTitle.Key"/> of the target: joins with <see cref="PageName.Key"/>.</summary>
    public required string TargetKey { get; set; }
}
