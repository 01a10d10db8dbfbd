namespace Alliance.Wiki.Core.Search;

/// <summary>
/// A reader's query, parsed into the engine-neutral form every index understands: clauses that must all match,
/// terms that must not, and category filters. Parsing never fails: what cannot be searched gives a <see cref="Problem"/>.
/// </summary>
/// <param name="Clauses">Every clause must match (implicit AND).</param>
/// <param name="Excluded">Terms written <c>-word</c> or <c>NOT word</c>: no result may match them.</param>
/// <param name="Categories">Filters written <c>category:name</c>: results must be in every one.</param>
/// <param name="Problem">Why nothing can be searched (for example only operators were typed), or null.</param>
/// <param name="Shortened">True when the input was longer than a query may be and only its start was used.</param>
public sealed record SearchQuery(
    IReadOnlyList<SearchClause> Clauses,
    IReadOnlyList<SearchTerm> Excluded,
    IReadOnlyList<string> Categories,
    string? Problem,
    bool Shortened)
{
    /// <summary>Characters of input read; the rest is ignored and <see cref="Shortened"/> says so.</summary>
    public const int MaxLength = 400;

    /// <summary>Clauses and excluded terms kept; more are ignored and <see cref="Shortened"/> says so.</summary>
    public const int MaxTerms = 16;

    /// <summary>Operators that had nothing to join or leave out (<c>war OR</c>): the search ran without them.</summary>
    public IReadOnlyList<IgnoredOperator> Ignored { get; init; } = [];

    public static SearchQuery Parse(string? input) => SearchQueryParser.Parse(input);

    /// <summary>
    /// The input as the parser reads it: at most <see cref="MaxLength"/> characters, control characters, lone
    /// surrogates and replacement characters (left by bad percent-encoding) as spaces, spaces collapsed.
    /// </summary>
    public static (string Text, bool Shortened) Clean(string? input) => SearchQueryParser.Clean(input);

    /// <summary>The query as a reader would type it, for links (pagination, "Did you mean", narrowing by category).</summary>
    public override string ToString() =>
        string.Join(' ', Clauses.Select(c => c.ToString())
            .Concat(Excluded.Select(t => "-" + t))
            .Concat(Categories.Select(c => "category:" + (c.Contains(' ', StringComparison.Ordinal) ? "\"" + c + "\"" : c))));

    /// <summary>The same query with one more category filter.</summary>
    public SearchQuery WithCategory(string category) =>
        Categories.Contains(category, StringComparer.OrdinalIgnoreCase) ? this : this with { Categories = [.. Categories, category], Problem = null };

    /// <summary>The same query without a category filter.</summary>
    public SearchQuery WithoutCategory(string category)
    {
        var rest = Categories.Where(c => !c.Equals(category, StringComparison.OrdinalIgnoreCase)).ToList();
        return this with { Categories = rest, Problem = Clauses.Count == 0 && rest.Count == 0 ? SearchQueryParser.NothingToSearch : Problem };
    }
}
