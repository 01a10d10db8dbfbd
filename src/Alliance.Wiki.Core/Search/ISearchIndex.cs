namespace Alliance.Wiki.Core.Search;

/// <summary>
/// The search engine behind the pages: one implementation per engine (SQLite FTS5 today). Writes join the caller's
/// database transaction where the engine can, so the index never drifts from the text.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds the document, replacing whatever the index held for its page.</summary>
    Task IndexAsync(SearchDocument document, CancellationToken cancellationToken);

    Task RemoveAsync(long pageId, CancellationToken cancellationToken);

    /// <summary>Empties the index, before a rebuild.</summary>
    Task ClearAsync(CancellationToken cancellationToken);

    /// <summary>How many pages the index holds.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>One page of results by relevance, with the total, the categories of all results, and a spelling suggestion when nothing matched.</summary>
    Task<SearchResults> SearchAsync(SearchQuery query, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>Titles and aliases that start with the text, ignoring case, diacritics and the difference between dashes and spaces.</summary>
    Task<IReadOnlyList<TitleSuggestion>> SuggestAsync(string prefix, int limit, CancellationToken cancellationToken);
}
