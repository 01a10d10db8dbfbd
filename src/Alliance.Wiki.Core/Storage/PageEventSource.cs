namespace Alliance.Wiki.Core.Storage;

/// <summary>Which revision a page's rows in <c>events</c> were taken from, kept even when it has none, so a backfill finds pages not yet read.</summary>
public sealed class PageEventSource
{
    public long PageId { get; set; }

    public long RevisionId { get; set; }
}
