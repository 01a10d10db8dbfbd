using System.Net;
using System.Text;

namespace Alliance.Wiki.Core.Search;

/// <summary>Passages as HTML: escape first, highlight second, so article text can never become markup.</summary>
public static class SnippetHtml
{
    /// <summary>The text HTML-escaped, with each mark (start and length, in order, not overlapping) in <c>&lt;mark&gt;</c>.</summary>
    public static string Render(string text, IEnumerable<(int Start, int Length)> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var html = new StringBuilder(text.Length + 32);
        var at = 0;
        foreach (var (start, length) in marks)
        {
            if (start < at || start + length > text.Length)
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(text[at..start]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(start, length))).Append("</mark>");
            at = start + length;
        }

        return html.Append(WebUtility.HtmlEncode(text[at..])).ToString();
    }
}
