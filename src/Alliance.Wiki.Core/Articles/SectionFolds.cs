using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Alliance.Wiki.Core.Articles;

/// <summary>
/// Puts what follows each top-level <c>&lt;h2&gt;</c> of a rendered article into an open <c>&lt;details&gt;</c>, so a
/// phone reader can fold a section without JavaScript. The heading stays outside, so its id and every link to it
/// work; a link to a heading inside a folded section opens it (the browser reveals a fragment's details ancestors).
/// Wide screens hide the toggle by CSS, and the open sections read as before.
/// </summary>
public static partial class SectionFolds
{
    public static string Wrap(string html, string hideLabel, string showLabel)
    {
        ArgumentNullException.ThrowIfNull(html);
        var toggle = $"<details class=\"section-fold\" open><summary class=\"section-fold-toggle\"><span class=\"fold-hide\">{WebUtility.HtmlEncode(hideLabel)}</span><span class=\"fold-show\">{WebUtility.HtmlEncode(showLabel)}</span></summary>\n";
        // Every view of an article runs this: the tags are read as spans, without a string per match.
        var wrapped = new StringBuilder(html.Length + 1024);
        var depth = 0;
        var from = 0;
        var foldStart = -1;
        foreach (var match in Tags().EnumerateMatches(html))
        {
            var tag = html.AsSpan(match.Index, match.Length);
            var closing = tag[1] == '/';
            var name = TagName(tag[(closing ? 2 : 1)..]);
            if (name is "h2" && !closing && depth == 0)
            {
                // A fold starts after the heading's end and runs to the next top-level heading, section or notes.
                Close(match.Index);
                var end = html.IndexOf("</h2>", match.Index, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                foldStart = end + "</h2>".Length;
                continue;
            }

            if (name is "h2")
            {
                continue;
            }

            if (!closing && depth == 0 && (name is "section" || tag.Contains("class=\"footnotes\"", StringComparison.Ordinal)))
            {
                Close(match.Index);
            }

            depth = Math.Max(0, depth + (closing ? -1 : 1));
        }

        Close(html.Length);
        return wrapped.Append(html, from, html.Length - from).ToString();

        void Close(int at)
        {
            if (foldStart < 0)
            {
                return;
            }

            var begin = foldStart;
            foldStart = -1;
            var body = html.AsSpan(begin, at - begin);
            if (body.IsWhiteSpace())
            {
                return;
            }

            wrapped.Append(html, from, begin - from).Append('\n').Append(toggle).Append(body.Trim('\n')).Append("\n</details>\n");
            from = at;
        }
    }

    /// <summary>The tag's name at the start of <paramref name="rest"/> (what follows "&lt;" or "&lt;/"), as the regex matched it.</summary>
    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> rest)
    {
        var length = 0;
        while (length < rest.Length && char.IsAsciiLetterOrDigit(rest[length]))
        {
            length++;
        }

        return rest[..length];
    }

    /// <summary>The block tags whose nesting decides what is top level, and h2 itself.</summary>
    [GeneratedRegex("<(?<close>/)?(?<name>section|div|blockquote|ul|ol|table|details|figure|aside|nav|h2)\\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
