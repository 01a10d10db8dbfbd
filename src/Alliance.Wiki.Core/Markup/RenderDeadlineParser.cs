using Markdig.Helpers;
using Markdig.Parsers;

namespace Alliance.Wiki.Core.Markup;

/// <summary>
/// Stops a parse whose deadline has passed. Markdig has no cancellation of its own; this parser runs first at every
/// character the expensive parsers start on (links, emphasis, autolinks), matches nothing, and throws once the token
/// that <see cref="RenderBudget.TryParse"/> put in the parser context is cancelled.
/// </summary>
public sealed class RenderDeadlineParser : InlineParser
{
    /// <summary>The key of the <see cref="CancellationToken"/> in <see cref="Markdig.MarkdownParserContext.Properties"/>.</summary>
    public static readonly object TokenKey = new();

    public RenderDeadlineParser()
    {
        OpeningCharacters = ['[', ']', '!', '*', '_', '~', '<', 'h', 'w'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        ArgumentNullException.ThrowIfNull(processor);
        ThrowIfPassed(processor.Context);
        return false;
    }

    /// <summary>Throws <see cref="OperationCanceledException"/> when the context carries a deadline that has passed.</summary>
    public static void ThrowIfPassed(Markdig.MarkdownParserContext? context)
    {
        if (context?.Properties.TryGetValue(TokenKey, out var token) == true && token is CancellationToken deadline)
        {
            deadline.ThrowIfCancellationRequested();
        }
    }
}
