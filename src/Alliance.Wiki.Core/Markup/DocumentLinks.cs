using Alliance.Wiki.Core.Markup.WikiLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliance.Wiki.Core.Markup;

/// <summary>
/// Every link of a parsed document, found in one walk of its tree. Markdig's <c>Descendants&lt;T&gt;()</c> walks the
/// whole tree through nested iterators on each call; a render made five such walks, a third of its extra cost.
/// </summary>
public sealed class DocumentLinks
{
    private DocumentLinks()
    {
    }

    public List<LinkReferenceDefinition> Definitions { get; } = [];

    /// <summary>Markdown links and images, wiki links left out.</summary>
    public List<LinkInline> Links { get; } = [];

    public List<AutolinkInline> Autolinks { get; } = [];

    public List<WikiLink> WikiLinks { get; } = [];

    public static DocumentLinks Of(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var links = new DocumentLinks();
        links.Visit(document);
        return links;
    }

    private void Visit(MarkdownObject node)
    {
        switch (node)
        {
            case LinkReferenceDefinition definition:
                Definitions.Add(definition);
                break;
            case WikiLink wikiLink:
                WikiLinks.Add(wikiLink);
                break;
            case LinkInline link:
                Links.Add(link);
                break;
            case AutolinkInline autolink:
                Autolinks.Add(autolink);
                break;
        }

        switch (node)
        {
            case ContainerBlock blocks:
                foreach (var block in blocks)
                {
                    Visit(block);
                }

                break;
            case LeafBlock { Inline: { } inline }:
                Visit(inline);
                break;
            case ContainerInline inlines:
                for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                {
                    Visit(child);
                }

                break;
        }
    }
}
