using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>Renders an <see cref="InfoboxBlock"/> as Wikipedia's infobox: a table captioned with the title and Korean name.</summary>
public sealed class InfoboxRenderer : HtmlObjectRenderer<InfoboxBlock>
{
    protected override void Write(HtmlRenderer renderer, InfoboxBlock block)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(block);
        renderer.EnsureLine();
        renderer.Write("<table class=\"infobox infobox-").Write(block.Kind).Write("\">");
        renderer.Write("<caption class=\"infobox-caption\">").WriteEscape(block.Caption);
        if (!string.IsNullOrEmpty(block.Korean))
        {
            renderer.Write("<span class=\"infobox-korean\" lang=\"ko\">").WriteEscape(block.Korean).Write("</span>");
        }

        renderer.WriteLine("</caption><tbody>");
        foreach (var cell in block.OfType<FactCell>())
        {
            if (cell.IsSection)
            {
                renderer.Write("<tr><th colspan=\"2\" scope=\"colgroup\" class=\"infobox-section\">").WriteEscape(cell.Label ?? string.Empty).WriteLine("</th></tr>");
                continue;
            }

            renderer.Write("<tr>");
            if (cell.Label is { } label)
            {
                renderer.Write("<th scope=\"row\">").WriteEscape(label).Write("</th><td>");
            }
            else
            {
                renderer.Write("<td colspan=\"2\" class=\"infobox-full\">");
            }

            WriteValues(renderer, [.. cell.OfType<FactItem>()]);
            renderer.WriteLine("</td></tr>");
        }

        renderer.WriteLine("</tbody></table>");
    }

    private static void WriteValues(HtmlRenderer renderer, List<FactItem> items)
    {
        if (items.Count == 1)
        {
            FactsRenderer.WriteItem(renderer, items[0]);
            return;
        }

        renderer.Write("<ul class=\"infobox-list\">");
        foreach (var item in items)
        {
            renderer.Write("<li>");
            FactsRenderer.WriteItem(renderer, item);
            renderer.Write("</li>");
        }

        renderer.Write("</ul>");
    }
}
