using System.Globalization;
using System.Text;

namespace Alliance.Wiki.Core.Markup.Charts;

/// <summary>
/// Draws a chart as inline SVG: geometry in attributes, colours by class (the CSP allows no inline style, and the
/// stylesheet themes the classes for light and dark), a title and a description for screen readers.
/// </summary>
public static class ChartSvg
{
    private const double Width = 640;
    private const double Height = 320;
    private const double Left = 64;
    private const double Right = 16;
    private const double Top = 16;
    private const double Bottom = 48;
    private const int MaxXLabels = 12;
    private static readonly int[] StepMultiples = [1, 2, 5, 10];

    public static string Render(ChartData chart, string id)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var values = chart.Series.SelectMany(s => s.Values).OfType<double>().ToList();
        var (low, high, step) = Scale(values.Count == 0 ? 0 : Math.Min(0, values.Min()), values.Count == 0 ? 1 : Math.Max(0, values.Max()));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double Y(double v) => Top + plotHeight - ((v - low) / (high - low) * plotHeight);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart-svg chart-{chart.Kind.ToString().ToLowerInvariant()}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(chart.Title)}</title><desc id=\"{id}-desc\">{Escape(Description(chart))}</desc>");
        for (var tick = low; tick <= high + (step / 2); tick += step)
        {
            var y = Y(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-axis\" x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Number(tick)}</text>");
        }

        var count = chart.Labels.Count;
        var slot = plotWidth / Math.Max(count, 1);
        double X(int i) => chart.Kind == ChartKind.Bar || count == 1 ? Left + (slot * (i + 0.5)) : Left + (plotWidth * i / (count - 1));
        var every = (int)Math.Ceiling(count / (double)MaxXLabels);
        for (var i = 0; i < count; i += every)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-axis\" x=\"{X(i):0.#}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{Escape(chart.Labels[i])}</text>");
        }

        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var css = $"chart-series-{s + 1}";
            if (chart.Kind == ChartKind.Line)
            {
                var points = string.Join(' ', series.Values.Select((v, i) => v is double d ? string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(d):0.#}") : null).OfType<string>());
                svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"chart-line {css}\" fill=\"none\" points=\"{points}\"/>");
            }

            var barWidth = slot * 0.8 / chart.Series.Count;
            for (var i = 0; i < count; i++)
            {
                if (series.Values[i] is not double v)
                {
                    continue;
                }

                var tip = $"<title>{Escape(chart.Labels[i])}: {Escape(series.Name)} {Number(v)}</title>";
                if (chart.Kind == ChartKind.Line)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"chart-point {css}\" cx=\"{X(i):0.#}\" cy=\"{Y(v):0.#}\" r=\"3.5\">{tip}</circle>");
                }
                else
                {
                    var x = Left + (slot * i) + (slot * 0.1) + (barWidth * s);
                    var top = Math.Min(Y(v), Y(0));
                    svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-bar {css}\" x=\"{x:0.#}\" y=\"{top:0.#}\" width=\"{barWidth:0.#}\" height=\"{Math.Abs(Y(v) - Y(0)):0.#}\">{tip}</rect>");
                }
            }
        }

        if (chart.Series.Count > 1)
        {
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var x = Left + (s * 140);
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-bar chart-series-{s + 1}\" x=\"{x}\" y=\"{Height - 16}\" width=\"10\" height=\"10\"/><text class=\"chart-axis\" x=\"{x + 14}\" y=\"{Height - 7}\">{Escape(chart.Series[s].Name)}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>What a screen reader says of the chart besides its title: kind, columns, span and range.</summary>
    public static string Description(ChartData chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var kind = chart.Kind == ChartKind.Line ? "Line chart" : "Bar chart";
        var span = chart.Labels.Count == 0 ? string.Empty : $", {chart.Labels[0]} to {chart.Labels[^1]}";
        var ranges = chart.Series.Select(s =>
        {
            var values = s.Values.OfType<double>().ToList();
            return values.Count == 0 ? $"{s.Name}: no values" : $"{s.Name} from {Number(values.Min())} to {Number(values.Max())}";
        });
        return $"{kind} of {string.Join(" and ", chart.Series.Select(s => s.Name))} by {chart.LabelHeading}{span}; {string.Join("; ", ranges)}. The data table follows.";
    }

    public static string Number(double value) => value.ToString(Math.Abs(value) >= 1000 ? "#,0.##" : "0.##", CultureInfo.InvariantCulture);

    /// <summary>Axis bounds and a step of 1, 2 or 5 times a power of ten, about five ticks from low to high.</summary>
    private static (double Low, double High, double Step) Scale(double min, double max)
    {
        if (max <= min)
        {
            max = min + 1;
        }

        var raw = (max - min) / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = StepMultiples.Select(m => m * power).First(s => s >= raw);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
    }
}
