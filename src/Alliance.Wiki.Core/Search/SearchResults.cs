namespace Alliance.Wiki.Core.Search;

/// <summary>One page of search results.</summary>
/// <param name="Total">How many pages match in all.</param>
/// <param name="Hits">This page's results, best first.</param>
/// <param name="Categories">The categories of all matching pages with their counts, most common first, for narrowing.</param>
/// <param name="DidYouMean">A corrected query built from the index's vocabulary when nothing matched, or null.</param>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<CategoryCount> Categories, SearchQuery? DidYouMean)
{
    public static SearchResults Empty { get; } = new(0, [], [], null);
}
