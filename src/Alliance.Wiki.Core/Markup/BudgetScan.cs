using System.Globalization;

namespace Alliance.Wiki.Core.Markup;

/// <summary>
/// One pass over a text's lines for <see cref="RenderBudget"/>. It counts what Markdig pays for per paragraph (the
/// unit its inline parser works on), the way Markdig would roughly see it: a paragraph ends at a blank line, a list
/// item, a heading or a fence; fenced code is not counted. Rough on purpose: it errs towards counting too much.
/// </summary>
internal sealed class BudgetScan
{
    private int _paragraphStart;
    private int _marks;
    private int _open;
    private long _cost;
    private string? _fence;
    private int _blocks;
    private int _headings;
    private long _allMarks;
    private bool _inParagraph;

    /// <summary>Takes the next line; returns the problem as soon as one is found.</summary>
    public string? Line(ReadOnlySpan<char> line, int number)
    {
        if (line.Length > RenderBudget.MaxLineLength)
        {
            return Say($"Line {number:N0} is {line.Length:N0} characters long; a line may hold at most {RenderBudget.MaxLineLength:N0}. Break it into paragraphs.");
        }

        var (nesting, quotes, listItems, textStart) = Prefix(line);
        if (nesting > RenderBudget.MaxNesting)
        {
            return Say($"Line {number:N0} nests quotes or lists {nesting:N0} deep; the most is {RenderBudget.MaxNesting}.");
        }

        var body = line[textStart..].TrimStart(' ');
        if (_fence is not null)
        {
            if (body.StartsWith(_fence, StringComparison.Ordinal))
            {
                _fence = null;
            }

            return null;
        }

        if (body.StartsWith("```", StringComparison.Ordinal) || body.StartsWith("~~~", StringComparison.Ordinal))
        {
            _fence = body[..3].ToString();
            return EndParagraph(number);
        }

        var blank = body.IsWhiteSpace();
        var heading = body.StartsWith('#');
        if (blank || listItems > 0 || heading)
        {
            if (EndParagraph(number) is { } problem)
            {
                return problem;
            }
        }

        // Markdig spends microseconds on every block it opens, however small: count the quotes, lists, list items,
        // headings and paragraphs this line opens (lines that continue a paragraph open none).
        _blocks += blank ? 0 : listItems > 0 ? (2 * listItems) + quotes : _inParagraph && !heading ? 0 : 1 + quotes;
        if (_blocks > RenderBudget.MaxBlocks)
        {
            return Say($"Up to line {number:N0} the text has more than {RenderBudget.MaxBlocks:N0} paragraphs, list items, quotes and headings. Split it into several articles.");
        }

        if (heading && ++_headings > RenderBudget.MaxHeadings)
        {
            return Say($"Line {number:N0} is heading number {_headings:N0}; an article may have at most {RenderBudget.MaxHeadings:N0}. Split it into several articles.");
        }

        _inParagraph = !blank && !heading;
        if (_marks == 0)
        {
            _paragraphStart = number;
        }

        return Count(body);
    }

    /// <summary>Ends the text.</summary>
    public string? End(int number) => EndParagraph(number);

    /// <summary>How deep the line's quote and list markers nest it, how many of each it has, and where the text after them starts.</summary>
    private static (int Nesting, int Quotes, int ListItems, int TextStart) Prefix(ReadOnlySpan<char> line)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] is ' ' or '\t')
        {
            indent++;
        }

        int quotes = 0, listItems = 0, at = indent;
        while (true)
        {
            while (at < line.Length && line[at] is ' ' or '\t')
            {
                at++;
            }

            if (at < line.Length && line[at] == '>')
            {
                quotes++;
                at++;
                continue;
            }

            var marker = ListMarkerLength(line[at..]);
            if (marker == 0)
            {
                break;
            }

            listItems++;
            at += marker;
        }

        // Nested lists are written by indentation: two columns a level at the least.
        return (quotes + listItems + (indent / 2), quotes, listItems, at);
    }

    /// <summary>The length of a bullet or ordered-list marker with its following space, or 0.</summary>
    private static int ListMarkerLength(ReadOnlySpan<char> text)
    {
        if (text.Length >= 2 && text[0] is '-' or '*' or '+' && text[1] is ' ' or '\t')
        {
            return 2;
        }

        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && text.Length >= digits + 2 && text[digits] is '.' or ')' && text[digits + 1] is ' ' or '\t' ? digits + 2 : 0;
    }

    private string? Count(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    _marks++;
                    if (++_open > RenderBudget.MaxOpenBrackets)
                    {
                        return Say($"The paragraph at line {_paragraphStart:N0} opens more than {RenderBudget.MaxOpenBrackets} [ brackets without closing them. Close them, or write \\[ for a bracket meant as text.");
                    }

                    break;
                case ']':
                    _open = Math.Max(0, _open - 1);
                    break;
                case '*' or '_' or '~':
                    // A run of marks is one delimiter to Markdig.
                    _marks++;
                    while (i + 1 < text.Length && text[i + 1] == text[i])
                    {
                        i++;
                    }

                    break;
                case ':' when text[i..].StartsWith("://", StringComparison.Ordinal):
                case 'w' when text[i..].StartsWith("www.", StringComparison.Ordinal):
                    _marks++;
                    break;
            }
        }

        return null;
    }

    private string? EndParagraph(int nextLine)
    {
        var marks = _marks;
        (_marks, _open) = (0, 0);
        _allMarks += marks;
        if (_allMarks > RenderBudget.MaxMarks)
        {
            return Say($"Up to line {nextLine - 1:N0} the text holds more than {RenderBudget.MaxMarks:N0} links, brackets, emphasis marks and web addresses. Split it into several articles.");
        }

        if (marks > RenderBudget.MaxMarksPerParagraph)
        {
            return Say($"The paragraph at line {_paragraphStart:N0} holds {marks:N0} links, brackets, emphasis marks and web addresses; one paragraph may hold at most {RenderBudget.MaxMarksPerParagraph:N0}. Split it into several paragraphs or list items.");
        }

        if (marks > RenderBudget.FreeMarks)
        {
            _cost += (long)(marks - RenderBudget.FreeMarks) * (marks - RenderBudget.FreeMarks);
            if (_cost > RenderBudget.MaxCost)
            {
                return Say($"Up to line {nextLine - 1:N0} the text packs so many links, brackets and emphasis marks into long paragraphs that it cannot be rendered in time. Split long paragraphs, tables and lists up.");
            }
        }

        return null;
    }

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
