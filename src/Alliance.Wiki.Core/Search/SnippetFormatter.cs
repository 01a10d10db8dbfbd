using Lucene.Net.Search.PostingsHighlight;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Turns the postings highlighter's best passage into our snippet HTML: cut to about <see cref="Characters"/>
/// around its first match, escaped first and marked second (<see cref="SnippetHtml"/>), overlapping Hangul bigram
/// matches merged into one mark.
/// </summary>
internal sealed class SnippetFormatter : PassageFormatter
{
    public const int Characters = 220;

    public override object Format(Passage[] passages, string content)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(content);
        if (passages.Length == 0)
        {
            return Cut(content, 0, content.Length, []);
        }

        // BM25 on passages favours short ones; a reader wants the passage holding the most of what they asked for.
        var passage = passages.OrderByDescending(DistinctTerms).ThenByDescending(p => p.Score).ThenBy(p => p.StartOffset).First();
        var marks = new List<(int Start, int End)>();
        for (var i = 0; i < passage.NumMatches; i++)
        {
            var (start, end) = (passage.MatchStarts[i], passage.MatchEnds[i]);
            if (marks.Count > 0 && start <= marks[^1].End)
            {
                marks[^1] = (marks[^1].Start, Math.Max(marks[^1].End, end));
            }
            else
            {
                marks.Add((start, end));
            }
        }

        return Cut(content, passage.StartOffset, passage.EndOffset, marks);
    }

    /// <summary>The number of different query terms the passage matched.</summary>
    private static int DistinctTerms(Passage passage) =>
        passage.MatchTerms.Take(passage.NumMatches).Select(t => t.Utf8ToString()).Distinct(StringComparer.Ordinal).Count();

    /// <summary>About <see cref="Characters"/> of the passage, starting a little before its first mark, on word boundaries.</summary>
    public static string Cut(string content, int start, int end, IReadOnlyList<(int Start, int End)> marks)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(marks);
        end = Math.Min(end, content.Length);
        start = Math.Clamp(start, 0, end);
        if (end - start > Characters)
        {
            var first = marks.Count > 0 ? marks[0].Start : start;
            var from = Math.Max(start, first - (Characters / 4));
            while (from > start && !char.IsWhiteSpace(content[from - 1]))
            {
                from--;
            }

            var to = Math.Min(end, from + Characters);
            while (to < end && to - from < Characters + 30 && !char.IsWhiteSpace(content[to]))
            {
                to++;
            }

            (start, end) = (from, to);
        }

        // Line breaks between paragraphs read as spaces in a one-line passage.
        var inside = marks.Where(m => m.Start >= start && m.End <= end).Select(m => (m.Start - start, m.End - m.Start));
        return (start > 0 ? "…" : string.Empty) + SnippetHtml.Render(content[start..end].Replace('\n', ' '), inside) + (end < content.Length ? "…" : string.Empty);
    }
}
