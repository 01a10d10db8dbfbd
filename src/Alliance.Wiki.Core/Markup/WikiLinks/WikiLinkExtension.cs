using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Alliance.Wiki.Core.Markup.WikiLinks;

/// <summary>Registers the wiki-link parser before Markdig's own link parser, and its renderer.</summary>
public sealed class WikiLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.InlineParsers.Contains<WikiLinkInlineParser>())
        {
            // Before LinkInlineParser, or "[[" is taken as an ordinary bracket and the text comes out literally.
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<WikiLinkRenderer>())
        {
            html.ObjectRenderers.Insert(0, new WikiLinkRenderer());
        }
    }
}
