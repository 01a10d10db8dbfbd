namespace Alliance.Wiki.Core.Markup.Charts;

/// <summary>One column of a chart's table: its name and a value per label (null where the cell is empty).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
