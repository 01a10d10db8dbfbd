using System.Text;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Finds what a query matched in a text the way the index matched it: English words by their Porter stems (a prefix by
/// the start of the stem), Hangul as substrings; and cuts the passage that holds the most different matches. Done in C#
/// on the page's bodies, this costs a tenth of FTS5's snippet(), which tokenizes every body again.
/// </summary>
public sealed class Highlighter
{
    private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
    private readonly List<(string Stem, int Term)> _prefixes = [];
    private readonly List<(string Text, int Term)> _hangul = [];

    // Porter only rewrites the end of a word, never its first letter, and never lengthens it: a word can have a stem
    // only if it is at least as long and starts with all but the stem's last four letters. Only such words are stemmed.
    // (A diacritic among those first letters hides a word from the search: it then goes unmarked, never mismarked.)
    private readonly List<(string Start, int MinLength)> _candidates = [];

    public Highlighter(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var term in query.Clauses.SelectMany(c => c.Alternatives))
        {
            if (term.IsHangul)
            {
                foreach (var run in SearchText.HangulRuns(term.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    _hangul.Add((run, _hangul.Count + _stems.Count + _prefixes.Count));
                }

                continue;
            }

            var words = Words(term.Text).Select(w => Fold(term.Text.Substring(w.Start, w.Length))).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                var stem = PorterStemmer.Stem(words[i]);
                var id = _hangul.Count + _stems.Count + _prefixes.Count;
                if (term.IsPrefix && i == words.Count - 1)
                {
                    _prefixes.Add((stem, id));
                }
                else
                {
                    _stems.TryAdd(stem, id);
                }

                var start = stem[..Math.Max(1, stem.Length - 4)];
                _candidates.Add((start, term.IsPrefix && i == words.Count - 1 ? start.Length : stem.Length));
            }
        }
    }

    /// <summary>Every match in the text, in order: start, length and which query word it is.</summary>
    public List<(int Start, int Length, int Term)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var marks = new List<(int Start, int Length, int Term)>();
        foreach (var (prefix, minLength) in _candidates)
        {
            // A vectorised search for where candidate words begin; only those words are folded and stemmed.
            for (var at = text.IndexOf(prefix, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(prefix, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (at > 0 && IsWordCharacter(text[at - 1]))
                {
                    continue;
                }

                var end = at + prefix.Length;
                while (end < text.Length && IsWordCharacter(text[end]))
                {
                    end++;
                }

                if (end - at >= minLength && Match(text.Substring(at, end - at)) is int term)
                {
                    marks.Add((at, end - at, term));
                }
            }
        }

        foreach (var (hangul, term) in _hangul)
        {
            for (var at = text.IndexOf(hangul, StringComparison.Ordinal); at >= 0; at = text.IndexOf(hangul, at + hangul.Length, StringComparison.Ordinal))
            {
                marks.Add((at, hangul.Length, term));
            }
        }

        marks.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return [.. marks.Where((m, i) => i == 0 || m.Start >= marks[i - 1].Start + marks[i - 1].Length)];
    }

    /// <summary>
    /// HTML for the passage of about <paramref name="length"/> characters with the most different matches (the text's
    /// start when nothing matches), cut on spaces, "…" where text was left out.
    /// </summary>
    public string Snippet(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        var marks = Find(text);
        var best = Best(marks, length);
        var begin = best < 0 || marks[best].Start < length / 4 ? 0 : text.IndexOf(' ', marks[best].Start - (length / 4)) + 1;
        var end = Math.Min(text.Length, begin + length);
        if (end < text.Length && text.IndexOf(' ', end) is var space and > 0 && space - end < 20)
        {
            end = space;
        }

        var inside = marks.Where(m => m.Start >= begin && m.Start + m.Length <= end).Select(m => (m.Start - begin, m.Length));
        return (begin > 0 ? "…" : string.Empty) + SnippetHtml.Render(text[begin..end].Replace('\n', ' '), inside) + (end < text.Length ? "…" : string.Empty);
    }

    /// <summary>The mark that starts the window holding the most different query words, then the most matches.</summary>
    private static int Best(List<(int Start, int Length, int Term)> marks, int length)
    {
        var best = -1;
        var bestScore = -1;
        var terms = new HashSet<int>();
        for (var i = 0; i < marks.Count; i++)
        {
            terms.Clear();
            var count = 0;
            for (var j = i; j < marks.Count && marks[j].Start + marks[j].Length <= marks[i].Start + (length * 3 / 4); j++, count++)
            {
                terms.Add(marks[j].Term);
            }

            var score = (terms.Count * 1000) + count;
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }

    /// <summary>Which query word a word of the text is, by its stem; null when none.</summary>
    private int? Match(string word)
    {
        var stem = PorterStemmer.Stem(Fold(word));
        if (_stems.TryGetValue(stem, out var term))
        {
            return term;
        }

        foreach (var (prefix, prefixTerm) in _prefixes)
        {
            if (stem.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefixTerm;
            }
        }

        return null;
    }

    /// <summary>Letters and digits make words, as unicode61 splits text; combining marks stay in their word.</summary>
    private static bool IsWordCharacter(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordCharacter(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }

    /// <summary>A word as the index stores it before stemming: lower case, without diacritics.</summary>
    private static string Fold(string word)
    {
        if (word.All(char.IsAscii))
        {
            return word.ToLowerInvariant();
        }

        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
