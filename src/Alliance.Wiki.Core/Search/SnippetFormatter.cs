using Lucene.Net.Search.PostingsHighlight;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Turns the postings highlighter's matches (offsets read from the index) into our snippet HTML: about
/// <see cref="Characters"/> around the window holding the most different matched terms, escaped first and marked
/// second (<see cref="SnippetHtml"/>), overlapping Hangul bigram matches merged into one mark.
/// </summary>
internal sealed class SnippetFormatter : PassageFormatter
{
    public const int Characters = 220;

    public override object Format(Passage[] passages, string content)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(content);
        var matches = passages.SelectMany(p => Enumerable.Range(0, p.NumMatches).Select(i => (Start: p.MatchStarts[i], End: p.MatchEnds[i], Term: p.MatchTerms[i].Utf8ToString())))
            .OrderBy(m => m.Start).ToList();
        if (matches.Count == 0)
        {
            return Cut(content, 0, content.Length, []);
        }

        // The window holding the most different matched terms (a reader wants most of what they asked for); among
        // those, one that starts where two different terms stand side by side (a phrase), else the earliest.
        var (bestStart, bestScore) = (matches[0].Start, (Terms: 0, Phrase: 0));
        for (var i = 0; i < Math.Min(matches.Count, 64); i++)
        {
            var terms = matches.Skip(i).TakeWhile(m => m.End <= matches[i].Start + (Characters * 3 / 4)).Select(m => m.Term).Distinct(StringComparer.Ordinal).Count();
            var phrase = i + 1 < matches.Count && matches[i + 1].Start - matches[i].End <= 2 && matches[i + 1].Term != matches[i].Term ? 1 : 0;
            if (terms > bestScore.Terms || (terms == bestScore.Terms && phrase > bestScore.Phrase))
            {
                (bestStart, bestScore) = (matches[i].Start, (terms, phrase));
            }
        }

        var marks = new List<(int Start, int End)>();
        foreach (var (start, end, _) in matches)
        {
            // Overlapping Hangul bigrams (주한, 한미, 미군) make one mark.
            if (marks.Count > 0 && start <= marks[^1].End)
            {
                marks[^1] = (marks[^1].Start, Math.Max(marks[^1].End, end));
            }
            else
            {
                marks.Add((start, end));
            }
        }

        return Cut(content, 0, content.Length, marks, bestStart);
    }

    /// <summary>About <see cref="Characters"/> of the passage, starting a little before its first mark, on word boundaries.</summary>
    public static string Cut(string content, int start, int end, IReadOnlyList<(int Start, int End)> marks, int? around = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(marks);
        end = Math.Min(end, content.Length);
        start = Math.Clamp(start, 0, end);
        if (end - start > Characters)
        {
            var first = around ?? (marks.Count > 0 ? marks[0].Start : start);
            // A little context before the chosen match, but no earlier match: the first mark is the one chosen.
            var previous = marks.Where(m => m.End <= first).Select(m => m.End).DefaultIfEmpty(start).Max();
            var from = Math.Max(Math.Max(start, previous), first - (Characters / 4));
            while (from > Math.Max(start, previous) && !char.IsWhiteSpace(content[from - 1]))
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
