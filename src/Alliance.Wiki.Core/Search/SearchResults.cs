namespace Alliance.Wiki.Core.Search;

/// <summary>One page of search results.</summary>
/// <param name="Total">How many pages match in all.</param>
/// <param name="Hits">This page's results, best first.</param>
/// <param name="Categories">
/// The categories of the matching pages with their counts, most common first, for narrowing (counted over all of them).
/// </param>
/// <param name="DidYouMean">A corrected query built from the index's vocabulary when nothing matched, or null.</param>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<CategoryCount> Categories, SearchQuery? DidYouMean)
{
    public static SearchResults Empty { get; } = new(0, [], [], null);

    /// <summary>A plain message for the reader when the index cannot answer yet (it is being rebuilt), or null.</summary>
    public string? Notice { get; init; }

    /// <summary>How many results the category counts cover: <see cref="Total"/> (doc values make counting every match cheap).</summary>
    public int CategoriesCounted { get; init; }
}
