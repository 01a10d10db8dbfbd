using Alliance.Wiki.Core.Titles;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Alliance.Wiki.Core.Markup.WikiLinks;

/// <summary>
/// Renders a wiki link: to <c>/wiki/Title#anchor</c> when the page exists, or as a red link
/// (class <c>new</c>) to <c>/edit/Title</c> when it does not.
/// </summary>
public sealed class WikiLinkRenderer : HtmlObjectRenderer<WikiLink>
{
    protected override void Write(HtmlRenderer renderer, WikiLink link)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(link);

        var anchor = link.Section is null ? null : LinkHelper.UrilizeAsGfm(link.Section);
        string href;
        string cssClass;
        string tooltip;
        if (link.Target.Length == 0)
        {
            href = "#" + Uri.EscapeDataString(anchor ?? string.Empty);
            cssClass = "wikilink section-link";
            tooltip = link.Section ?? string.Empty;
        }
        else if (link.ResolvedTitle is { } title)
        {
            href = WikiUrls.Article(title, anchor);
            cssClass = "wikilink";
            tooltip = title;
        }
        else
        {
            href = WikiUrls.Edit(link.Target);
            cssClass = "wikilink new";
            tooltip = $"{link.Target} (page does not exist)";
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(href).Write("\" class=\"").Write(cssClass).Write("\" title=\"")
            .WriteEscape(tooltip).Write('"');
        if (link.ResolvedTitle is not null)
        {
            renderer.Write(" data-title=\"").WriteEscape(link.ResolvedTitle).Write('"');
        }

        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
