using System.Globalization;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// The rows one query matches, as SQL over the FTS5 tables, shared by the count, the page of hits and the category
/// counts. English clauses become one MATCH on <c>search_en</c> (ranked by bm25); Hangul terms match substrings of
/// <c>search_ko</c>, by trigram MATCH from three syllables and by LIKE below that; categories are exact filters.
/// </summary>
internal sealed class Fts5SearchSql
{
    private const string KoreanColumns = "title, aliases, headings, body";
    private readonly List<string> _conditions = [];
    private readonly List<string> _korean = [];

    private Fts5SearchSql(SearchQuery query)
    {
        var english = query.Clauses.Where(c => !c.Alternatives.Any(t => t.IsHangul)).ToList();
        var excluded = query.Excluded.Where(t => !t.IsHangul).ToList();
        if (Fts5Expression.All(english, excluded) is { } match)
        {
            IsRanked = true;
            _conditions.Add("search_en MATCH " + Parameter(match));
        }
        else if (Fts5Expression.Any(excluded) is { } leftOut)
        {
            _conditions.Add($"search_en.rowid NOT IN (SELECT rowid FROM search_en WHERE search_en MATCH {Parameter(leftOut)})");
        }

        foreach (var clause in query.Clauses.Where(c => c.Alternatives.Any(t => t.IsHangul)))
        {
            _conditions.Add("(" + string.Join(" OR ", clause.Alternatives.Select(t => t.IsHangul
                ? KoreanCondition(t)
                : $"search_en.rowid IN (SELECT rowid FROM search_en WHERE search_en MATCH {Parameter(Fts5Expression.Term(t))})")) + ")");
        }

        foreach (var term in query.Excluded.Where(t => t.IsHangul))
        {
            _conditions.Add("NOT " + KoreanCondition(term));
        }

        foreach (var category in query.Categories)
        {
            _conditions.Add($"search_en.rowid IN (SELECT PageId FROM search_categories WHERE Key = {Parameter(SearchText.Fold(category))})");
        }

        HangulTerms = query.Clauses.SelectMany(c => c.Alternatives).Where(t => t.IsHangul).Select(t => SearchText.HangulRuns(t.Text)).ToList();
    }

    /// <summary>True when an English MATCH drives the query: order by bm25 and take snippets from FTS5.</summary>
    public bool IsRanked { get; }

    /// <summary>The Hangul text the query looks for, to highlight and to centre snippets on.</summary>
    public IReadOnlyList<string> HangulTerms { get; }

    public List<KeyValuePair<string, object>> Parameters { get; } = [];

    /// <summary><c>FROM search_en WHERE …</c>: the matching rows.</summary>
    public string From => "FROM search_en WHERE " + (_conditions.Count == 0 ? "0" : string.Join(" AND ", _conditions));

    /// <summary>
    /// Without an English MATCH there is no bm25: a Hangul match in the title counts most, then aliases, headings and
    /// body, as the English weights do; then shorter titles first.
    /// </summary>
    public string OrderBy => IsRanked ? "rank" :
        (_korean.Count == 0 ? string.Empty
            : "(SELECT " + string.Join(" + ", _korean.Select(p => $"(k.title LIKE {p}) * 8 + (k.aliases LIKE {p}) * 4 + (k.headings LIKE {p}) * 2 + (k.body LIKE {p})"))
              + " FROM search_ko k WHERE k.rowid = search_en.rowid) DESC, ")
        + "length(search_en.title), search_en.title";

    public static Fts5SearchSql For(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new Fts5SearchSql(query);
    }

    private string KoreanCondition(SearchTerm term)
    {
        var text = SearchText.HangulRuns(term.Text);
        var like = Parameter("%" + text + "%");
        _korean.Add(like);
        var columns = term.TitleOnly ? "title" : KoreanColumns;

        // The trigram index answers MATCH for runs of three or more characters; shorter ones need LIKE (STACK.md).
        if (text.Split(' ').All(run => run.Length >= 3))
        {
            var match = Parameter((term.TitleOnly ? "title : " : string.Empty) + Fts5Expression.Quote(text));
            return $"search_en.rowid IN (SELECT rowid FROM search_ko WHERE search_ko MATCH {match})";
        }

        return $"search_en.rowid IN (SELECT rowid FROM search_ko WHERE {string.Join(" OR ", columns.Split(", ").Select(c => $"{c} LIKE {like}"))})";
    }

    private string Parameter(object value)
    {
        var name = "$p" + Parameters.Count.ToString(CultureInfo.InvariantCulture);
        Parameters.Add(new(name, value));
        return name;
    }
}
