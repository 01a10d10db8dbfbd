namespace Alliance.Wiki.Core.Storage;

/// <summary>
/// A dated event of a page's latest revision, from its <c>events:</c> or its infobox's dates, for the chronology.
/// Rewritten with the page at every save.
/// </summary>
public sealed class PageEvent
{
    public long Id { get; set; }

    public long PageId { get; set; }

    /// <summary>yyyymmdd with zeros for an unknown month or day: sorts a year before its months and days.</summary>
    public int SortKey { get; set; }

    /// <summary>The date as ISO text of its precision: 1953, 1953-10 or 1953-10-01.</summary>
    public required string Date { get; set; }

    public int Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    /// <summary>The sentence as written (Markdown with wiki links).</summary>
    public required string Text { get; set; }

    /// <summary>The sentence rendered inline, links resolved when the page was saved.</summary>
    public required string Html { get; set; }

    /// <summary>True when the event comes from an infobox date rather than <c>events:</c>.</summary>
    public bool FromInfobox { get; set; }
}
