using Alliance.Wiki.Core.Markup.Charts;
using Alliance.Wiki.Core.Markup.Facts;
using Alliance.Wiki.Core.Markup.WikiLinks;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Alliance.Wiki.Core.Markup;

/// <summary>The one Markdig pipeline of the wiki. Built once; Markdig pipelines are safe to share between threads.</summary>
public static class MarkupPipeline
{
    public static MarkdownPipeline Instance { get; } = WithDeadline(Create()).Build();

    /// <summary>The builder with every extension the wiki uses, raw HTML disabled. Benchmarks build plain Markdig from it without wiki links.</summary>
    public static MarkdownPipelineBuilder Create(bool wikiLinks = true)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAutoLinks()
            .UseEmphasisExtras()
            .DisableHtml();
        builder.Extensions.AddIfNotAlready<FactsExtension>();
        builder.Extensions.AddIfNotAlready<ChartExtension>();
        return wikiLinks ? builder.UseWikiLinks() : builder;
    }

    /// <summary>Puts the deadline parsers first, so a parse past its deadline stops (plain Markdig in the benchmarks goes without).</summary>
    public static MarkdownPipelineBuilder WithDeadline(MarkdownPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.BlockParsers.Insert(0, new RenderDeadlineBlockParser());
        builder.InlineParsers.Insert(0, new RenderDeadlineParser());
        return builder;
    }

    /// <summary>Makes an HTML renderer for one render, with the wiki's heading and text renderers in place of Markdig's.</summary>
    public static HtmlRenderer CreateRenderer(TextWriter writer, MarkdownPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        var headings = renderer.ObjectRenderers.FindExact<HeadingRenderer>();
        if (headings is not null)
        {
            renderer.ObjectRenderers.Remove(headings);
        }

        renderer.ObjectRenderers.Insert(0, new EditableHeadingRenderer());
        var literals = renderer.ObjectRenderers.FindExact<Markdig.Renderers.Html.Inlines.LiteralInlineRenderer>();
        if (literals is not null)
        {
            renderer.ObjectRenderers.Remove(literals);
        }

        renderer.ObjectRenderers.Insert(0, new HangulTextRenderer());
        return renderer;
    }
}
