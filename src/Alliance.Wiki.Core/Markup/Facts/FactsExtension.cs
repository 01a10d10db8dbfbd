using Markdig;
using Markdig.Renderers;

namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>
/// Registers the renderers of the infobox and timeline blocks. No parser: the blocks come from front matter,
/// put into the document by <see cref="FactBlocks"/> before the render.
/// </summary>
public sealed class FactsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<InfoboxRenderer>())
        {
            html.ObjectRenderers.Insert(0, new InfoboxRenderer());
            html.ObjectRenderers.Insert(0, new TimelineRenderer());
        }
    }
}
