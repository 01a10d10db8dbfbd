using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Translates our own parsed <see cref="SearchQuery"/> into Lucene queries (user text never reaches Lucene's
/// QueryParser). A term is looked for in every searched field at its boost, the fields' scores adding up; a word
/// also matches its romanization key, a prefix the unstemmed words, a Korean word with a particle the word without it.
/// </summary>
internal static class LuceneQuery
{
    // Matches in several fields add up (as FTS5's weighted bm25 over columns did): an article whose title, summary and
    // text all hold the words ranks above one that repeats them in a short text only.
    private const float TieBreaker = 1f;
    private const float WithoutParticleBoost = 0.9f;

    /// <summary>The query, or null when nothing in it can match anything (every term analysed to nothing).</summary>
    public static Query? For(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var root = new BooleanQuery();
        var required = 0;
        foreach (var clause in query.Clauses)
        {
            var alternatives = clause.Alternatives.Select(Term).OfType<Query>().ToList();
            if (alternatives.Count == 1)
            {
                root.Add(alternatives[0], Occur.MUST);
                required++;
            }
            else if (alternatives.Count > 1)
            {
                var any = new BooleanQuery();
                alternatives.ForEach(a => any.Add(a, Occur.SHOULD));
                root.Add(any, Occur.MUST);
                required++;
            }
        }

        foreach (var category in query.Categories)
        {
            root.Add(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.CategoryKey, SearchText.Fold(category)))) { Boost = 0f }, Occur.MUST);
            required++;
        }

        if (required == 0)
        {
            return null;
        }

        foreach (var excluded in query.Excluded.Select(Term).OfType<Query>())
        {
            root.Add(excluded, Occur.MUST_NOT);
        }

        return root;
    }

    /// <summary>The query for one term over the searched fields, or null when its text analyses to no term at all.</summary>
    public static Query? Term(SearchTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var best = new DisjunctionMaxQuery(TieBreaker);
        var fields = term.TitleOnly ? SearchFields.Searched.Take(1) : SearchFields.Searched;
        var withoutParticle = term is { IsHangul: true, IsPrefix: false } ? WithoutParticle(term.Text) : null;
        foreach (var (field, boost) in fields)
        {
            Add(best, FieldQuery(field, term.Text, term.IsPrefix), boost);
            if (withoutParticle is not null)
            {
                Add(best, FieldQuery(field, withoutParticle, false), boost * WithoutParticleBoost);
            }
        }

        if (!term.TitleOnly && term.IsPrefix && TermAnalysis.Terms(SearchFields.Words, term.Text) is [var (word, _)])
        {
            Add(best, new PrefixQuery(new Term(SearchFields.Words, word)), 1f);
        }

        if (!term.TitleOnly && !term.IsPrefix && !term.IsPhrase && Romanization.IsLatinWord(term.Text) && Romanization.Key(term.Text) is { Length: > 0 } key)
        {
            Add(best, new TermQuery(new Term(SearchFields.Roman, key)), SearchFields.RomanBoost);
        }

        return best.Disjuncts.Count > 0 ? best : null;
    }

    /// <summary>One field's query: a term, a phrase of the analysed terms (Hangul bigrams, split words), or a prefix.</summary>
    private static Query? FieldQuery(string field, string text, bool prefix)
    {
        var terms = TermAnalysis.Terms(field, text);
        switch (terms)
        {
            case []:
                return null;
            case [var (single, _)] when prefix || (single.Length == 1 && SearchText.ContainsHangul(single)):
                // A single Hangul syllable is never indexed alone inside a longer word: it starts one of its bigrams.
                return new PrefixQuery(new Term(field, single));
            case [var (single, _)]:
                return new TermQuery(new Term(field, single));
        }

        var phrase = new PhraseQuery();
        foreach (var (t, position) in terms)
        {
            phrase.Add(new Term(field, t), position);
        }

        return phrase;
    }

    private static string? WithoutParticle(string text)
    {
        var words = text.Split(' ');
        var last = KoreanParticles.WithoutParticle(words[^1]);
        return last is null ? null : string.Join(' ', words[..^1].Append(last));
    }

    private static void Add(DisjunctionMaxQuery best, Query? query, float boost)
    {
        if (query is not null)
        {
            query.Boost = boost;
            best.Add(query);
        }
    }
}
