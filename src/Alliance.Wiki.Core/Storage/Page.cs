namespace Alliance.Wiki.Core.Storage;

/// <summary>An article. Its text lives in revisions; the summary and Korean name are copied from the latest one for lists and previews.</summary>
public sealed class Page
{
    public long Id { get; set; }

    public required string Title { get; set; }

    public long? LatestRevisionId { get; set; }

    public string Summary { get; set; } = string.Empty;

    public string? Korean { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Only admins may edit a protected page.</summary>
    public bool IsProtected { get; set; }
}
