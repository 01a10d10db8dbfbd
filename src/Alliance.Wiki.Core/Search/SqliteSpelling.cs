using System.Text;
using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// "Did you mean": a query of plain words close to a title or alias suggests that name; otherwise each word the
/// index has never seen is replaced by the closest word it has, from the unstemmed vocabulary in
/// <c>search_words_vocab</c>, ties going to the word in more pages.
/// </summary>
internal static class SqliteSpelling
{
    public static async Task<SearchQuery?> DidYouMeanAsync(WikiDbContext db, SearchQuery query, CancellationToken cancellationToken)
    {
        if (query is { Excluded.Count: 0, Categories.Count: 0 } && query.Clauses.All(c => c.Alternatives is [{ IsPhrase: false, IsPrefix: false, TitleOnly: false }])
            && await NearestNameAsync(db, string.Join(' ', query.Clauses.Select(c => c.Alternatives[0].Text)), cancellationToken) is { } name)
        {
            return SearchQuery.Parse(name);
        }

        var changed = false;
        var clauses = new List<SearchClause>();
        foreach (var clause in query.Clauses)
        {
            var alternatives = new List<SearchTerm>();
            foreach (var term in clause.Alternatives)
            {
                var text = term.IsHangul || term.IsPrefix ? term.Text : await CorrectAsync(db, term.Text, cancellationToken);
                changed |= text != term.Text;
                alternatives.Add(term with { Text = text });
            }

            clauses.Add(new SearchClause(alternatives));
        }

        return changed ? query with { Clauses = clauses, Problem = null, Shortened = false } : null;
    }

    private static async Task<string> CorrectAsync(WikiDbContext db, string text, CancellationToken cancellationToken)
    {
        var corrected = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                continue;
            }

            if (i > start)
            {
                var word = text[start..i];
                corrected.Append(await NearestAsync(db, word, cancellationToken) is { } nearest ? SameCase(word, nearest) : word);
            }

            if (i < text.Length)
            {
                corrected.Append(text[i]);
            }

            start = i + 1;
        }

        return corrected.ToString();
    }

    private static async Task<string?> NearestNameAsync(WikiDbContext db, string text, CancellationToken cancellationToken)
    {
        var key = SearchText.Fold(text);
        if (key.Length < 3)
        {
            return null;
        }

        var names = await db.Command("SELECT Name, Fold FROM search_names WHERE Fold >= $from AND Fold < $to AND length(Fold) BETWEEN $shortest AND $longest")
            .With("$from", key[..1]).With("$to", ((char)(key[0] + 1)).ToString())
            .With("$shortest", key.Length - MaxDistance(key)).With("$longest", key.Length + MaxDistance(key))
            .ListAsync(r => (Name: r.GetString(0), Fold: r.GetString(1)), cancellationToken);
        return names.Select(n => (n.Name, Distance: EditDistance.Between(key, n.Fold, MaxDistance(key))))
            .Where(n => n.Distance is > 0 && n.Distance <= MaxDistance(key))
            .OrderBy(n => n.Distance).ThenBy(n => n.Name, StringComparer.Ordinal)
            .Select(n => n.Name).FirstOrDefault();
    }

    private static int MaxDistance(string key) => key.Length <= 4 ? 1 : key.Length <= 12 ? 2 : 3;

    private static async Task<string?> NearestAsync(WikiDbContext db, string word, CancellationToken cancellationToken)
    {
        var key = SearchText.Fold(word);
        if (key.Length < 3 || key.Contains(' ', StringComparison.Ordinal)
            || await db.Command("SELECT count(*) FROM search_words_vocab WHERE term = $term").With("$term", key).ScalarAsync(cancellationToken) > 0)
        {
            return null;
        }

        var max = Math.Min(MaxDistance(key), 2);
        (string Term, int Distance, long Pages)? best = null;

        // Candidates start with the word's first two letters, or with them swapped, or without the first (added by
        // mistake). A range per letter pair reads a few hundred doclists; a range per letter would read thousands.
        foreach (var start in new[] { key[..2], $"{key[1]}{key[0]}", key[1..3] }.Distinct())
        {
            var candidates = await db.Command("""
                    SELECT term, doc FROM search_words_vocab
                    WHERE term >= $from AND term < $to AND length(term) BETWEEN $shortest AND $longest
                    """)
                .With("$from", start).With("$to", start[..1] + (char)(start[1] + 1))
                .With("$shortest", key.Length - max).With("$longest", key.Length + max)
                .ListAsync(r => (Term: r.GetString(0), Pages: r.GetInt64(1)), cancellationToken);
            foreach (var (term, pages) in candidates)
            {
                var distance = EditDistance.Between(key, term, max);
                if (distance <= max && (best is null || distance < best.Value.Distance || (distance == best.Value.Distance && pages > best.Value.Pages)))
                {
                    best = (term, distance, pages);
                }
            }
        }

        return best?.Term;
    }

    private static string SameCase(string typed, string word) =>
        typed.All(c => !char.IsLower(c)) && typed.Length > 1 ? word.ToUpperInvariant()
        : char.IsUpper(typed[0]) ? char.ToUpperInvariant(word[0]) + word[1..]
        : word;
}
