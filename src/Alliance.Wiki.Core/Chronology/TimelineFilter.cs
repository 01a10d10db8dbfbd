namespace Alliance.Wiki.Core.Chronology;

/// <summary>Which events <c>/timeline</c> lists: those of one category's articles (or all), between two years inclusive.</summary>
public sealed record TimelineFilter(string? Category, int? FromYear, int? ToYear)
{
    public static TimelineFilter All { get; } = new(null, null, null);
}
