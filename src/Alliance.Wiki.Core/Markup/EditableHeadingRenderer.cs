using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Alliance.Wiki.Core.Markup;

/// <summary>Renders a heading with an <c>[edit]</c> link to its section, when the renderer was given one.</summary>
public sealed class EditableHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    /// <summary>Key of the edit URL stored on a <see cref="HeadingBlock"/> before rendering.</summary>
    public static readonly object EditUrlKey = new();

    private static readonly string[] Tags = ["h1", "h2", "h3", "h4", "h5", "h6"];

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(heading);
        var tag = Tags[Math.Clamp(heading.Level, 1, 6) - 1];
        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        if (heading.GetData(EditUrlKey) is string editUrl)
        {
            renderer.Write("<span class=\"editsection\">[<a href=\"").WriteEscapeUrl(editUrl)
                .Write("\" aria-label=\"Edit section: ").WriteEscape(InlineText.Of(heading.Inline)).Write("\">edit</a>]</span>");
        }

        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
