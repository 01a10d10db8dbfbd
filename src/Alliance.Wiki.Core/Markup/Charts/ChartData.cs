namespace Alliance.Wiki.Core.Markup.Charts;

/// <summary>A chart as its block states it: kind, title, the first column's labels and the other columns' series.</summary>
public sealed record ChartData(ChartKind Kind, string Title, string LabelHeading, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>An optional note under the chart: the unit or the source.</summary>
    public string? Caption { get; init; }
}
