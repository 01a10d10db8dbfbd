using System.Net;
using System.Text;

namespace Alliance.Wiki.Core.Markup;

/// <summary>
/// The text a reader sees in a rendered article, for the search index: tags dropped, entities decoded, blocks on
/// their own lines, and none of the page chrome this pipeline adds (section [edit] links, footnote numbers and ↩).
/// Headings can be left out, for an index that holds them in a field of their own.
/// </summary>
public static class ArticlePlainText
{
    // The infobox caption repeats the title and Korean name (indexed in fields of their own) and the timeline repeats
    // what the body tells; counted twice they outweighed the articles that are about a name.
    private static readonly string[] SkippedClasses = ["editsection", "footnote-ref", "footnote-back-ref", "infobox-caption", "article-timeline"];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th", "blockquote", "pre", "br", "hr", "dt", "dd",
    };

    private static readonly HashSet<string> HeadingTags = new(StringComparer.OrdinalIgnoreCase) { "h1", "h2", "h3", "h4", "h5", "h6" };

    public static string FromHtml(string html, bool headings = true)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                text.Append(WebUtility.HtmlDecode(html[i..]));
                break;
            }

            text.Append(WebUtility.HtmlDecode(html[i..open]));
            var close = html.IndexOf('>', open);
            if (close < 0)
            {
                break;
            }

            var tag = html[(open + 1)..close];
            var name = TagName(tag);
            i = close + 1;
            if (BlockTags.Contains(name))
            {
                text.Append('\n');
            }

            if (!tag.StartsWith('/') && ((!headings && HeadingTags.Contains(name)) || SkippedClasses.Any(c => tag.Contains($"class=\"{c}\"", StringComparison.Ordinal))))
            {
                i = EndOfElement(html, i, name);
            }
        }

        return Tidy(text.ToString());
    }

    private static string TagName(string tag)
    {
        var start = tag.StartsWith('/') ? 1 : 0;
        var end = start;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end]))
        {
            end++;
        }

        return tag[start..end];
    }

    /// <summary>The index just past the end tag that closes an element opened before <paramref name="from"/>.</summary>
    private static int EndOfElement(string html, int from, string name)
    {
        var depth = 1;
        var i = from;
        while (depth > 0)
        {
            var open = html.IndexOf('<', i);
            var close = open < 0 ? -1 : html.IndexOf('>', open);
            if (close < 0)
            {
                return html.Length;
            }

            var tag = html[(open + 1)..close];
            if (TagName(tag).Equals(name, StringComparison.OrdinalIgnoreCase) && !tag.EndsWith('/'))
            {
                depth += tag.StartsWith('/') ? -1 : 1;
            }

            i = close + 1;
        }

        return i;
    }

    /// <summary>Runs of spaces become one space and blank lines go, so snippets read as prose.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Split('\n')
            .Select(line => string.Join(' ', line.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }
}
