using Markdig.Parsers;

namespace Alliance.Wiki.Core.Markup;

/// <summary>
/// The block phase's half of <see cref="RenderDeadlineParser"/>: a parser tried on every line that opens nothing and
/// throws once the deadline in the parser context has passed, so a text of many thousands of tiny blocks stops too.
/// </summary>
public sealed class RenderDeadlineBlockParser : BlockParser
{
    public override BlockState TryOpen(BlockProcessor processor)
    {
        ArgumentNullException.ThrowIfNull(processor);
        RenderDeadlineParser.ThrowIfPassed(processor.Context);
        return BlockState.None;
    }
}
