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
        var wrapped = new StringBuilder(html.Length + 256);
        var depth = 0;
        var from = 0;
        int? foldStart = null;
        foreach (Match tag in Tags().Matches(html))
        {
            var closing = tag.Groups["close"].Success;
            var name = tag.Groups["name"].Value;
            if (name == "h2" && !closing && depth == 0)
            {
                // A fold starts after the heading's end and runs to the next top-level heading, section or notes.
                Close(html, wrapped, ref from, ref foldStart, tag.Index);
                var end = html.IndexOf("</h2>", tag.Index, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                foldStart = end + "</h2>".Length;
                continue;
            }

            if (name == "h2")
            {
                continue;
            }

            if (!closing && depth == 0 && (name == "section" || tag.Value.Contains("class=\"footnotes\"", StringComparison.Ordinal)))
            {
                Close(html, wrapped, ref from, ref foldStart, tag.Index);
            }

            depth = Math.Max(0, depth + (closing ? -1 : 1));
        }

        Close(html, wrapped, ref from, ref foldStart, html.Length);
        return wrapped.Append(html, from, html.Length - from).ToString();

        void Close(string source, StringBuilder into, ref int copied, ref int? start, int at)
        {
            if (start is not int begin)
            {
                return;
            }

            start = null;
            var body = source[begin..at];
            if (string.IsNullOrWhiteSpace(body))
            {
                return;
            }

            into.Append(source, copied, begin - copied).Append('\n').Append(toggle).Append(body.Trim('\n')).Append("\n</details>\n");
            copied = at;
        }
    }

    /// <summary>The block tags whose nesting decides what is top level, and h2 itself.</summary>
    [GeneratedRegex("<(?<close>/)?(?<name>section|div|blockquote|ul|ol|table|details|figure|aside|nav|h2)\\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
