using System.Text;

namespace Alliance.Wiki.Core.Markup;

/// <summary>
/// Takes the <c>[edit]</c> links of <see cref="EditableHeadingRenderer"/> out of rendered HTML, so an old revision is
/// shown from the render cache (which keeps each revision as the article page shows it) without links that would edit
/// today's text. Only the renderer writes this span: raw HTML in Markdown is escaped.
/// </summary>
public static class SectionEditLinks
{
    private const string Open = "<span class=\"editsection\">";
    private const string Close = "</span>";

    public static string Strip(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var at = html.IndexOf(Open, StringComparison.Ordinal);
        if (at < 0)
        {
            return html;
        }

        var stripped = new StringBuilder(html.Length);
        var from = 0;
        while (at >= 0)
        {
            var end = html.IndexOf(Close, at, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            stripped.Append(html, from, at - from);
            from = end + Close.Length;
            at = html.IndexOf(Open, from, StringComparison.Ordinal);
        }

        return stripped.Append(html, from, html.Length - from).ToString();
    }
}
