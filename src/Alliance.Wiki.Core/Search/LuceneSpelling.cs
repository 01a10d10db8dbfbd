using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util.Automaton;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// "Did you mean" from the index's own terms: a query of plain words close to a title or alias suggests that name;
/// otherwise each word the index has never seen becomes the closest word it has (a Levenshtein automaton over the
/// unstemmed words that start with its first letter, one edit before two, ties to the word in more pages). Text inside <c>&lt;…&gt;</c> is never
/// rewritten: it is usually markup or a code the reader pasted, and a "correction" of it would change its meaning.
/// </summary>
internal static class LuceneSpelling
{
    public static SearchQuery? DidYouMean(IndexReader reader, SearchQuery query)
    {
        if (query is { Excluded.Count: 0, Categories.Count: 0 } && query.Clauses.All(c => c.Alternatives is [{ IsPhrase: false, IsPrefix: false, TitleOnly: false }])
            && string.Join(' ', query.Clauses.Select(c => c.Alternatives[0].Text)) is var words && !words.Contains('<', StringComparison.Ordinal)
            && NearestName(reader, words) is { } name)
        {
            return SearchQuery.Parse(name);
        }

        var changed = false;
        var inBrackets = false;
        var clauses = new List<SearchClause>();
        foreach (var clause in query.Clauses)
        {
            var alternatives = new List<SearchTerm>();
            foreach (var term in clause.Alternatives)
            {
                var text = term.IsHangul || term.IsPrefix ? Brackets(term.Text, ref inBrackets) : Correct(reader, term.Text, ref inBrackets);
                changed |= text != term.Text;
                alternatives.Add(term with { Text = text });
            }

            clauses.Add(new SearchClause(alternatives));
        }

        return changed ? query with { Clauses = clauses, Problem = null, Shortened = false, Ignored = [] } : null;
    }

    /// <summary>
    /// Each word of the text replaced by its nearest indexed word, except inside <c>&lt;…&gt;</c>; a bracket left open
    /// by one term (<c>&lt;mutal defense&gt;</c> is two terms) stays open into the next, through <paramref name="inBrackets"/>.
    /// </summary>
    private static string Correct(IndexReader reader, string text, ref bool inBrackets)
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
                corrected.Append(!inBrackets && NearestWord(reader, word) is { } nearest ? SameCase(word, nearest) : word);
            }

            if (i < text.Length)
            {
                corrected.Append(text[i]);
                inBrackets = text[i] == '<' || (inBrackets && text[i] != '>');
            }

            start = i + 1;
        }

        return corrected.ToString();
    }

    /// <summary>The text unchanged, with the bracket state after it, for terms that are not corrected.</summary>
    private static string Brackets(string text, ref bool inBrackets)
    {
        foreach (var c in text)
        {
            inBrackets = c == '<' || (inBrackets && c != '>');
        }

        return text;
    }

    private static string? NearestName(IndexReader reader, string text)
    {
        var key = SearchText.Fold(text);
        if (key.Length < 3 || Nearest(reader, SearchFields.NameKey, key) is not { } name)
        {
            return null;
        }

        // The folded name found; the name as written is the title or the alias of the page that holds it.
        var searcher = new Lucene.Net.Search.IndexSearcher(reader);
        var top = searcher.Search(new Lucene.Net.Search.TermQuery(new Term(SearchFields.NameKey, name)), 1);
        if (top.ScoreDocs.Length == 0)
        {
            return null;
        }

        var doc = top.ScoreDocs[0].Doc;
        var title = DocValues.Text(reader, SearchFields.TitleValue, doc);
        return SearchText.Fold(title) == name ? title
            : reader.Document(doc).GetValues(SearchFields.AliasesStored).FirstOrDefault(a => SearchText.Fold(a) == name) ?? name;
    }

    private static string? NearestWord(IndexReader reader, string word)
    {
        var terms = TermAnalysis.Terms(SearchFields.Words, word);
        if (terms is not [var (key, _)] || key.Length < 3 || SearchText.ContainsHangul(key) || reader.DocFreq(new Term(SearchFields.Words, key)) > 0)
        {
            return null;
        }

        return Nearest(reader, SearchFields.Words, key);
    }

    /// <summary>
    /// The term of the field nearest the key (one edit before two; transpositions count as one; ties to the term in
    /// more pages), or null. The terms one edit away are looked for first, with a small automaton; the two-edit one,
    /// which costs several times as much to build and to run over the terms, only when there is none. Both are kept
    /// for the key, which the name and word lookups share.
    /// </summary>
    private static string? Nearest(IndexReader reader, string field, string key)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return null;
        }

        var automata = Automata(key);
        return MostCommon(terms, automata.OneEdit, key)
            ?? (key.Length > 4 ? MostCommon(terms, automata.TwoEdits, key) : null);
    }

    /// <summary>The term the automaton accepts that is in the most pages (the first in term order among equals), other than the key.</summary>
    private static string? MostCommon(Terms terms, CompiledAutomaton automaton, string key)
    {
        var matches = terms.Intersect(automaton, null);
        (string Term, int Pages)? best = null;
        while (matches.MoveNext())
        {
            var term = matches.Term.Utf8ToString();
            if (term != key && (best is null || matches.DocFreq > best.Value.Pages))
            {
                best = (term, matches.DocFreq);
            }
        }

        return best?.Term;
    }

    [ThreadStatic]
    private static EditAutomata? _lastAutomata;

    private static EditAutomata Automata(string key)
    {
        if (_lastAutomata is not { } last || last.Key != key)
        {
            _lastAutomata = last = new EditAutomata(key);
        }

        return last;
    }

    /// <summary>
    /// The Levenshtein automata of one key, each compiled when first asked for. Their terms start with the key's first
    /// letter, as Lucene's own spell checkers require by default (<c>DirectSpellChecker</c>'s minimum prefix of one):
    /// readers seldom mistype the first letter, and a fixed first letter spares the intersection every other branch of
    /// the terms dictionary (Did you mean was an eighth of the server's CPU under the search load at 100,000 articles).
    /// </summary>
    private sealed class EditAutomata
    {
        private readonly Automaton _prefix;
        private readonly LevenshteinAutomata _levenshtein;
        private CompiledAutomaton? _oneEdit;
        private CompiledAutomaton? _twoEdits;

        public EditAutomata(string key)
        {
            Key = key;
            var first = char.IsHighSurrogate(key[0]) && key.Length > 1 ? 2 : 1;
            _prefix = BasicAutomata.MakeString(key[..first]);
            _levenshtein = new LevenshteinAutomata(key[first..], withTranspositions: true);
        }

        public string Key { get; }

        public CompiledAutomaton OneEdit => _oneEdit ??= Compile(1);

        public CompiledAutomaton TwoEdits => _twoEdits ??= Compile(LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE);

        private CompiledAutomaton Compile(int edits) =>
            new(BasicOperations.Concatenate(_prefix, _levenshtein.ToAutomaton(edits)), true, false);
    }

    private static string SameCase(string typed, string word) =>
        typed.All(c => !char.IsLower(c)) && typed.Length > 1 ? word.ToUpperInvariant()
        : char.IsUpper(typed[0]) ? char.ToUpperInvariant(word[0]) + word[1..]
        : word;
}
