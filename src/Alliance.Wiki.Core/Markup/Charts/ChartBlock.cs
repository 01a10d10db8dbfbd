using Markdig.Parsers;
using Markdig.Syntax;

namespace Alliance.Wiki.Core.Markup.Charts;

/// <summary>A fenced <c>```chart</c> block, read: its data, or why it cannot be drawn (shown in its place, with its text).</summary>
public sealed class ChartBlock(BlockParser? parser) : LeafBlock(parser)
{
    public ChartData? Data { get; init; }

    public string? Problem { get; init; }

    public required string Source { get; init; }
}
