using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Alliance.Wiki.Core.Markup.Charts;

/// <summary>
/// Renders a <see cref="ChartBlock"/>: a figure with the SVG, its caption and the data as a table (in a
/// <c>&lt;details&gt;</c>, open to anyone without script); a block that cannot be drawn says why, above its text.
/// </summary>
public sealed class ChartRenderer : HtmlObjectRenderer<ChartBlock>
{
    private int _count;

    protected override void Write(HtmlRenderer renderer, ChartBlock block)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(block);
        renderer.EnsureLine();
        if (block.Data is not { } chart)
        {
            renderer.Write("<div class=\"chart-error\" role=\"note\"><p><strong>This chart cannot be drawn.</strong> ").WriteEscape(block.Problem ?? string.Empty)
                .Write("</p><pre><code>").WriteEscape(block.Source).WriteLine("</code></pre></div>");
            return;
        }

        var id = string.Create(CultureInfo.InvariantCulture, $"chart-{++_count}");
        // The caption is the figure's last child, after the data table: HTML allows a figcaption only first or last.
        renderer.Write("<figure class=\"chart\">").Write(ChartSvg.Render(chart, id));
        renderer.Write("<details class=\"chart-data\"><summary>Data table</summary><table><caption>").WriteEscape(chart.Title)
            .Write("</caption><thead><tr><th scope=\"col\">").WriteEscape(chart.LabelHeading).Write("</th>");
        foreach (var series in chart.Series)
        {
            renderer.Write("<th scope=\"col\">").WriteEscape(series.Name).Write("</th>");
        }

        renderer.Write("</tr></thead><tbody>");
        for (var i = 0; i < chart.Labels.Count; i++)
        {
            renderer.Write("<tr><th scope=\"row\">").WriteEscape(chart.Labels[i]).Write("</th>");
            foreach (var series in chart.Series)
            {
                renderer.Write("<td>").Write(series.Values[i] is double v ? ChartSvg.Number(v) : "–").Write("</td>");
            }

            renderer.Write("</tr>");
        }

        renderer.Write("</tbody></table></details><figcaption>").WriteEscape(chart.Title);
        if (chart.Caption is { } caption)
        {
            renderer.Write(" <span class=\"chart-caption\">").WriteEscape(caption).Write("</span>");
        }

        renderer.WriteLine("</figcaption></figure>");
    }
}
