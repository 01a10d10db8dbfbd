namespace Alliance.Wiki.Core.Search;

/// <summary>One page of search results.</summary>
/// <param name="Total">How many pages match in all.</param>
/// <param name="Hits">This page's results, best first.</param>
/// <param name="Categories">
/// The categories of the matching pages with their counts, most common first, for narrowing: of all of them, or of the
/// best <see cref="CategoriesCounted"/> when there are more.
/// </param>
/// <param name="DidYouMean">A corrected query built from the index's vocabulary when nothing matched, or null.</param>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<CategoryCount> Categories, SearchQuery? DidYouMean)
{
    /// <summary>How many of the best results categories are counted over: counting all of a very common word costs more than the search.</summary>
    public const int CategorySample = 1000;

    public static SearchResults Empty { get; } = new(0, [], [], null);

    /// <summary>How many results the category counts cover: <see cref="Total"/>, or fewer when the total is above <see cref="CategorySample"/>.</summary>
    public int CategoriesCounted { get; init; }
}
