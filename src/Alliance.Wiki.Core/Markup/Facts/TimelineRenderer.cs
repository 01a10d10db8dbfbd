using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>Renders a <see cref="TimelineBlock"/>: a "Timeline" section with the events in date order.</summary>
public sealed class TimelineRenderer : HtmlObjectRenderer<TimelineBlock>
{
    protected override void Write(HtmlRenderer renderer, TimelineBlock block)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(block);
        renderer.EnsureLine();
        renderer.Write("<section class=\"article-timeline\" aria-labelledby=\"").Write(TimelineBlock.Anchor).Write("\">");
        renderer.Write("<h2 id=\"").Write(TimelineBlock.Anchor).WriteLine("\">Timeline</h2><ol class=\"timeline-list\">");
        foreach (var item in block.OfType<FactItem>())
        {
            renderer.Write("<li>");
            FactsRenderer.WriteItem(renderer, item);
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol></section>");
    }
}
