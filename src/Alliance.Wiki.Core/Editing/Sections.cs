using Alliance.Wiki.Core.Markup;
using Markdig.Syntax;

namespace Alliance.Wiki.Core.Editing;

/// <summary>
/// Sections of an article body for section editing. Section N starts at the N-th top-level heading (the same
/// numbering as the [edit] links) and runs to the next heading of the same or a higher level, so it holds its
/// subsections; section 0 is the lead.
/// </summary>
public sealed class Sections(ArticleRenderer renderer)
{
    public int Count(string body) => Headings(body).Count;

    /// <summary>The text of section N, or null when the body has no such section.</summary>
    public string? Extract(string body, int section) =>
        Range(body, section) is var (start, end) ? string.Join('\n', Lines(body)[start..end]).TrimEnd('\n') + "\n" : null;

    /// <summary>The body with section N replaced, or null when the body has no such section.</summary>
    public string? Splice(string body, int section, string replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        if (Range(body, section) is not var (start, end))
        {
            return null;
        }

        var lines = Lines(body);
        var inserted = TextLines.Split(replacement.TrimEnd('\r', '\n'));
        var after = lines[end..];
        // Keep a blank line between the new text and the next heading, as Markdown needs.
        var separator = after.Length > 0 && inserted.Length > 0 && inserted[^1].Length > 0 ? new[] { string.Empty } : [];
        var result = string.Join('\n', lines[..start].Concat(inserted).Concat(separator).Concat(after));
        return result.TrimEnd('\n') + "\n";
    }

    private (int Start, int End)? Range(string body, int section)
    {
        var headings = Headings(body);
        var lineCount = Lines(body).Length;
        if (section < 0 || section > headings.Count)
        {
            return null;
        }

        if (section == 0)
        {
            return (0, headings.Count > 0 ? headings[0].Line : lineCount);
        }

        var heading = headings[section - 1];
        var next = headings.Skip(section).FirstOrDefault(h => h.Level <= heading.Level);
        return (heading.Line, next?.Line ?? lineCount);
    }

    private static string[] Lines(string body) => TextLines.Split(body);

    private List<HeadingBlock> Headings(string body) =>
        [.. renderer.Parse(TextLines.Normalize(body)).OfType<HeadingBlock>()];
}
