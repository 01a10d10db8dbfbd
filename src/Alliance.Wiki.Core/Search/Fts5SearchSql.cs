using System.Globalization;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// The rows one query matches, as SQL over the FTS5 tables, shared by the count, the page of hits and the category
/// counts. English clauses become one MATCH on <c>search_en</c> (ranked by bm25); Hangul terms match substrings of
/// <c>search_ko</c>, by trigram MATCH from three syllables and by LIKE on <c>search_hangul</c> below that; categories are
/// exact filters.
/// </summary>
internal sealed class Fts5SearchSql
{
    /// <summary>bm25 weights of search_en's columns: title, aliases, headings, summary, categories, body.</summary>
    private const string Bm25 = "bm25(search_en, 10.0, 6.0, 3.0, 2.0, 0.5, 1.0)";
    private const string KoreanColumns = "Title, Aliases, Headings, Body";
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
            _conditions.Add($"{RowId} NOT IN (SELECT rowid FROM search_en WHERE search_en MATCH {Parameter(leftOut)})");
        }

        foreach (var clause in query.Clauses.Where(c => c.Alternatives.Any(t => t.IsHangul)))
        {
            _conditions.Add("(" + string.Join(" OR ", clause.Alternatives.Select(t => t.IsHangul
                ? KoreanCondition(t)
                : $"{RowId} IN (SELECT rowid FROM search_en WHERE search_en MATCH {Parameter(Fts5Expression.Term(t))})")) + ")");
        }

        foreach (var term in query.Excluded.Where(t => t.IsHangul))
        {
            _conditions.Add("NOT " + KoreanCondition(term));
        }

        foreach (var category in query.Categories)
        {
            _conditions.Add($"{RowId} IN (SELECT PageId FROM search_categories WHERE Key = {Parameter(SearchText.Fold(category))})");
        }
    }

    /// <summary>True when an English MATCH drives the query, which is then ordered by bm25.</summary>
    public bool IsRanked { get; }

    /// <summary>
    /// The rowid in the other conditions. Beside a MATCH it is written <c>+rowid</c>, which hides it from FTS5: given a
    /// rowid constraint FTS5 runs the whole query once per rowid (0.3 ms each), instead of once for all.
    /// </summary>
    private string RowId => IsRanked ? "+search_en.rowid" : "search_en.rowid";

    public List<KeyValuePair<string, object>> Parameters { get; } = [];

    /// <summary><c>FROM search_en WHERE …</c>: the matching rows.</summary>
    public string From => "FROM search_en WHERE " + (_conditions.Count == 0 ? "0" : string.Join(" AND ", _conditions));

    /// <summary>
    /// Without an English MATCH there is no bm25: a Hangul match in the title counts most, then aliases, headings and
    /// body, as the English weights do; then shorter titles first.
    /// </summary>
    public string OrderBy => IsRanked ? Bm25 :
        (_korean.Count == 0 ? string.Empty
            : "(SELECT " + string.Join(" + ", _korean.Select(p => $"(h.Title LIKE {p}) * 8 + (h.Aliases LIKE {p}) * 4 + (h.Headings LIKE {p}) * 2 + (h.Body LIKE {p})"))
              + " FROM search_hangul h WHERE h.PageId = search_en.rowid) DESC, ")
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
        var columns = term.TitleOnly ? "Title" : KoreanColumns;

        // The trigram index answers MATCH for runs of three or more characters; shorter ones need LIKE (STACK.md).
        if (text.Split(' ').All(run => run.Length >= 3))
        {
            var match = Parameter((term.TitleOnly ? "title : " : string.Empty) + Fts5Expression.Quote(text));
            return $"{RowId} IN (SELECT rowid FROM search_ko WHERE search_ko MATCH {match})";
        }

        return $"{RowId} IN (SELECT PageId FROM search_hangul WHERE {string.Join(" OR ", columns.Split(", ").Select(c => $"{c} LIKE {like}"))})";
    }

    private string Parameter(object value)
    {
        var name = "$p" + Parameters.Count.ToString(CultureInfo.InvariantCulture);
        Parameters.Add(new(name, value));
        return name;
    }
}
