using Alliance.Wiki.Core.History;
using Microsoft.AspNetCore.Html;

namespace Alliance.Wiki.Pages;

/// <summary>A diff line's segments as HTML: the text always encoded, deletions in del, insertions in ins.</summary>
public static class DiffHtml
{
    public static IHtmlContent Segments(IReadOnlyList<DiffSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var html = new HtmlContentBuilder();
        foreach (var segment in segments)
        {
            var tag = segment.Kind switch
            {
                DiffSegmentKind.Deleted => "del",
                DiffSegmentKind.Inserted => "ins",
                _ => null,
            };
            if (tag is null)
            {
                html.Append(segment.Text);
            }
            else
            {
                html.AppendHtml($"<{tag}>").Append(segment.Text).AppendHtml($"</{tag}>");
            }
        }

        return html;
    }
}
