using Markdig.Renderers;
using Markdig.Syntax;

namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>Writes the values of <see cref="FactItem"/>s: a date as <c>&lt;time&gt;</c>, one paragraph inline, anything else as blocks.</summary>
internal static class FactsRenderer
{
    public static void WriteItem(HtmlRenderer renderer, FactItem item)
    {
        if (item.Date is { } date)
        {
            renderer.Write("<time datetime=\"").Write(date.Iso).Write("\">").WriteEscape(date.English).Write("</time>");
            if (item.Count > 0)
            {
                renderer.Write(' ');
            }
        }

        if (item is [ParagraphBlock paragraph])
        {
            renderer.WriteLeafInline(paragraph);
        }
        else
        {
            renderer.WriteChildren(item);
        }

        if (item.Suffix is { } suffix)
        {
            renderer.Write("<br><span class=\"fact-years\">").WriteEscape(suffix).Write("</span>");
        }
    }
}
