namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Search as the pages ask for it: full text from the Lucene index, title suggestions from the database's name
/// table. Writes do not pass through here: saves record changes in the change log, and Indexing/ applies them.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// One page of results by relevance, with the total, the categories of all results, and a spelling suggestion when
    /// nothing matched; while the index is being rebuilt, no results and a <see cref="SearchResults.Notice"/> saying so.
    /// </summary>
    Task<SearchResults> SearchAsync(SearchQuery query, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>Titles and aliases that start with the text, ignoring case, diacritics and the difference between dashes and spaces.</summary>
    Task<IReadOnlyList<TitleSuggestion>> SuggestAsync(string prefix, int limit, CancellationToken cancellationToken);

    /// <summary>How many pages the index holds (0 while it cannot answer).</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);
}
