using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Alliance.Wiki.Core.Markup.Charts;

/// <summary>
/// Fenced <c>```chart</c> blocks: Markdig's fenced-code parser reads the block, and once the document is parsed each
/// such block is replaced by a <see cref="ChartBlock"/> holding its data (read by <see cref="ChartParser"/>) or its problem.
/// </summary>
public sealed class ChartExtension : IMarkdownExtension
{
    public const string Info = "chart";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.DocumentProcessed -= ReplaceChartBlocks;
        pipeline.DocumentProcessed += ReplaceChartBlocks;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<ChartRenderer>())
        {
            html.ObjectRenderers.Insert(0, new ChartRenderer());
        }
    }

    private static void ReplaceChartBlocks(MarkdownDocument document)
    {
        foreach (var fenced in document.Descendants<FencedCodeBlock>().Where(f => string.Equals(f.Info, Info, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            var source = fenced.Lines.ToString();
            var (data, problem) = ChartParser.Parse(source);
            var parent = fenced.Parent!;
            var index = parent.IndexOf(fenced);
            parent.RemoveAt(index);
            parent.Insert(index, new ChartBlock(null) { Data = data, Problem = problem, Source = source, Line = fenced.Line, Span = fenced.Span });
        }
    }
}
