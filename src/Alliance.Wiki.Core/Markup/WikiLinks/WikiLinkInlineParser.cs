using Alliance.Wiki.Core.Titles;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliance.Wiki.Core.Markup.WikiLinks;

/// <summary>Parses <c>[[Title]]</c>, <c>[[Title|label]]</c>, <c>[[Title#Section]]</c>, <c>[[Title#Section|label]]</c> and <c>[[#Section]]</c>.</summary>
public sealed class WikiLinkInlineParser : InlineParser
{
    private const int MaxInnerLength = 512;

    public WikiLinkInlineParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[')
        {
            return false;
        }

        var text = slice.Text;
        var innerStart = slice.Start + 2;
        // Look no further than the longest link could reach: a search to the end of the text made every unclosed "[[" cost the rest of the paragraph.
        var reach = Math.Min(slice.End + 1 - innerStart, MaxInnerLength + 2);
        var found = reach < 2 ? -1 : text.AsSpan(innerStart, reach).IndexOf("]]", StringComparison.Ordinal);
        if (found < 0)
        {
            return false;
        }

        var close = innerStart + found;

        var inner = text.AsSpan(innerStart, close - innerStart);
        if (inner.IndexOfAny('[', '\n', '\r') >= 0)
        {
            return false;
        }

        var pipe = inner.IndexOf('|');
        var targetPart = (pipe < 0 ? inner : inner[..pipe]).ToString();
        var label = pipe < 0 ? null : inner[(pipe + 1)..].ToString().Trim();

        var hash = targetPart.IndexOf('#', StringComparison.Ordinal);
        var title = WikiTitle.Normalize(hash < 0 ? targetPart : targetPart[..hash]);
        var section = hash < 0 ? null : targetPart[(hash + 1)..].Trim();
        if (title.Length == 0 && string.IsNullOrEmpty(section))
        {
            return false;
        }

        if (title.Length > 0 && WikiTitle.Problem(title) is not null)
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        var end = processor.GetSourcePosition(close + 1);
        var link = new WikiLink
        {
            Target = title,
            Section = string.IsNullOrEmpty(section) ? null : section,
            Span = new SourceSpan(start, end),
            Line = line,
            Column = column,
            IsClosed = true,
        };
        link.AppendChild(new LiteralInline(string.IsNullOrEmpty(label) ? DefaultLabel(title, section) : label));
        processor.Inline = link;
        slice.Start = close + 2;
        return true;
    }

    private static string DefaultLabel(string title, string? section) =>
        (title.Length, string.IsNullOrEmpty(section)) switch
        {
            (0, _) => section!,
            (_, true) => title,
            _ => $"{title} § {section}",
        };
}
