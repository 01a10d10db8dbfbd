using System.Globalization;
using System.Net;
using Markdig;
using Markdig.Syntax;

namespace Alliance.Wiki.Core.Markup;

/// <summary>
/// What the wiki will render. Markdig is quadratic in the links, brackets, emphasis marks and autolinks of one
/// paragraph, and throws on deep nesting; a text of those shapes is refused before parsing, with a message that says
/// what to change, and a render that still runs past its deadline is stopped. A refused text renders as plain text
/// under the message, so a reader, a preview or an old revision always gets a page.
/// </summary>
public static class RenderBudget
{
    /// <summary>
    /// The longest line. Markdig's cost on a long line is in its marks, counted per paragraph; this only bounds what
    /// one diff row or one line of a plain-text view carries. A 2 MB article of Hangul on one line (750,000 characters) fits.
    /// </summary>
    public const int MaxLineLength = 1_000_000;

    /// <summary>Quotes and list items nested on one line; Markdig gives up near 100.</summary>
    public const int MaxNesting = 32;

    /// <summary>Blocks (paragraphs, list items, quotes, headings) in one text: Markdig spends 3–10 µs on each, however small.</summary>
    public const int MaxBlocks = 60_000;

    /// <summary>Unclosed <c>[</c> in one paragraph; Markdig gives up between 100 and 500.</summary>
    public const int MaxOpenBrackets = 64;

    /// <summary>Brackets, emphasis runs and autolinks in one paragraph: 2,000 cost about 30 ms to parse, 4,000 four times that.</summary>
    public const int MaxMarksPerParagraph = 2_000;

    /// <summary>Brackets, emphasis runs and autolinks in the whole text: each is an object or two to Markdig.</summary>
    public const int MaxMarks = 100_000;

    /// <summary>Headings in one text: each gets an id unique in the page and a row in the contents, which is costly past a few thousand alike.</summary>
    public const int MaxHeadings = 1_000;

    /// <summary>The sum over paragraphs of the squared marks beyond the first <see cref="FreeMarks"/>: many paragraphs just under the limit add up.</summary>
    public const long MaxCost = 16_000_000;

    /// <summary>Marks a paragraph may hold without counting towards <see cref="MaxCost"/>: ordinary paragraphs cost nothing.</summary>
    public const int FreeMarks = 100;

    /// <summary>How long parsing may take once a text has passed the checks.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1);

    /// <summary>Null when the text is within budget; otherwise what to tell the person who wrote it.</summary>
    public static string? Problem(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var scan = new BudgetScan();
        var lineNumber = 0;
        var start = 0;
        while (start <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0)
            {
                end = markdown.Length;
            }

            lineNumber++;
            if (scan.Line(markdown.AsSpan(start, end - start).TrimEnd('\r'), lineNumber) is { } problem)
            {
                return problem;
            }

            start = end + 1;
        }

        return scan.End(lineNumber + 1);
    }

    /// <summary>
    /// Parses a text that passed <see cref="Problem"/> within <paramref name="deadline"/>; null with the problem when
    /// the text is refused, Markdig gives up on it, or the deadline passes. A cancelled request still throws.
    /// </summary>
    public static MarkdownDocument? TryParse(string markdown, MarkdownPipeline pipeline, TimeSpan deadline, CancellationToken cancellationToken, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        problem = Problem(markdown);
        if (problem is not null)
        {
            return null;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (deadline > TimeSpan.Zero)
        {
            timeout.CancelAfter(deadline);
        }
        else
        {
            timeout.Cancel();
        }

        var context = new MarkdownParserContext();
        context.Properties[RenderDeadlineParser.TokenKey] = timeout.Token;
        try
        {
            return Markdown.Parse(markdown, pipeline, context);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"The text took longer than {deadline.TotalSeconds:0.#} s to render. Split long paragraphs, tables and lists up.");
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit: a shape the checks above did not foresee, refused the same way.
            problem = "The text nests brackets, emphasis, quotes or lists too deeply to render. Close what is open, or split it up.";
        }

        return null;
    }

    /// <summary>A refused text as the wiki shows it: the message, then the text as written, as plain text.</summary>
    public static RenderedArticle Refused(string markdown, string problem) =>
        new(
            "<div class=\"notice notice-error render-refused\" role=\"alert\"><p>This text is shown as written, not rendered: "
                + WebUtility.HtmlEncode(problem) + "</p></div>\n<pre class=\"render-plain\">" + WebUtility.HtmlEncode(markdown) + "</pre>\n",
            [],
            [],
            problem);
}
