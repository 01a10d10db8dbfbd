using System.Net;
using System.Text;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Turns a passage with match markers into HTML: escape first, highlight second. The markers are control characters,
/// which indexed text never holds (<see cref="Clean"/>), so article text can neither become markup nor forge a mark.
/// </summary>
public static class SnippetHtml
{
    public const char Open = '\u0001';
    public const char Close = '\u0002';

    /// <summary>Text as the index may store it: control characters (the markers among them) become spaces.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(char.IsControl) ? string.Concat(text.Select(c => char.IsControl(c) && c != '\n' ? ' ' : c)) : text;
    }

    /// <summary>
    /// HTML for a passage whose matches are between <see cref="Open"/> and <see cref="Close"/>; occurrences of
    /// <paramref name="alsoMark"/> (Hangul terms, which the English index does not mark) are highlighted too.
    /// </summary>
    public static string Render(string marked, IReadOnlyCollection<string> alsoMark)
    {
        ArgumentNullException.ThrowIfNull(marked);
        ArgumentNullException.ThrowIfNull(alsoMark);
        var html = new StringBuilder(marked.Length + 32);
        var inMark = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != Open && marked[i] != Close)
            {
                continue;
            }

            var segment = marked[start..i].Replace('\n', ' ');
            if (inMark)
            {
                html.Append("<mark>").Append(WebUtility.HtmlEncode(segment)).Append("</mark>");
            }
            else
            {
                AppendMarkingTerms(html, segment, alsoMark);
            }

            if (i < marked.Length)
            {
                inMark = marked[i] == Open;
            }

            start = i + 1;
        }

        return html.ToString();
    }

    /// <summary>
    /// A passage of about <paramref name="length"/> characters around the first occurrence of any term, on word
    /// boundaries, with "…" where text was cut; the text's start when no term occurs.
    /// </summary>
    public static string Window(string text, IReadOnlyCollection<string> terms, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var first = terms.Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var begin = first <= length / 3 ? 0 : text.LastIndexOf(' ', first - (length / 3)) + 1;
        var end = Math.Min(text.Length, begin + length);
        if (end < text.Length && text.IndexOf(' ', end) is var space and > 0 && space - end < 20)
        {
            end = space;
        }

        var passage = text[begin..end].ReplaceLineEndings(" ").Trim();
        return (begin > 0 ? "…" : string.Empty) + passage + (end < text.Length ? "…" : string.Empty);
    }

    private static void AppendMarkingTerms(StringBuilder html, string text, IReadOnlyCollection<string> terms)
    {
        var at = 0;
        while (at < text.Length)
        {
            var (index, term) = terms.Where(t => t.Length > 0)
                .Select(t => (Index: text.IndexOf(t, at, StringComparison.OrdinalIgnoreCase), Term: t))
                .Where(m => m.Index >= 0)
                .OrderBy(m => m.Index).ThenByDescending(m => m.Term.Length)
                .FirstOrDefault((-1, string.Empty));
            if (index < 0)
            {
                break;
            }

            html.Append(WebUtility.HtmlEncode(text[at..index]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(index, term.Length))).Append("</mark>");
            at = index + term.Length;
        }

        html.Append(WebUtility.HtmlEncode(text[at..]));
    }
}
