namespace Alliance.Wiki.Core.Markup.Charts;

/// <summary>How a chart draws its series.</summary>
public enum ChartKind
{
    Line,
    Bar,
}
