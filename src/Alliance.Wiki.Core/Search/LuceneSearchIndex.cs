using System.Globalization;
using Lucene.Net.Search;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Search on the Lucene index: one pass over the matches ranks them (BM25, field boosts) and counts their categories;
/// the hit list comes from doc values, snippets from the postings highlighter, "Did you mean" from the index's terms.
/// Suggestions stay on the database's name table.
/// </summary>
public sealed class LuceneSearchIndex(SearchIndexStore store, SqliteTitleSuggestions names) : ISearchIndex
{
    private const int MaxCategories = 20;

    public Task<SearchResults> SearchAsync(SearchQuery query, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Problem is not null)
        {
            return Task.FromResult(SearchResults.Empty);
        }

        if (store.Acquire() is not { } lease)
        {
            return Task.FromResult(SearchResults.Empty with { Notice = Unavailable() });
        }

        try
        {
            return Task.FromResult(Search(lease.Searcher, query, Math.Max(0, offset), Math.Clamp(limit, 1, 100)));
        }
        finally
        {
            SearchIndexStore.Release(lease);
        }
    }

    public Task<IReadOnlyList<TitleSuggestion>> SuggestAsync(string prefix, int limit, CancellationToken cancellationToken) =>
        names.SuggestAsync(prefix, limit, cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken)
    {
        if (store.Acquire() is not { } lease)
        {
            return Task.FromResult(0);
        }

        try
        {
            return Task.FromResult(lease.Searcher.IndexReader.NumDocs);
        }
        finally
        {
            SearchIndexStore.Release(lease);
        }
    }

    private static SearchResults Search(IndexSearcher searcher, SearchQuery query, int skip, int take)
    {
        if (LuceneQuery.For(query) is not { } lucene)
        {
            return SearchResults.Empty;
        }

        var ranked = TopScoreDocCollector.Create(skip + take, true);
        var categories = new CategoryCounter();
        searcher.Search(lucene, MultiCollector.Wrap(ranked, categories));
        var total = ranked.TotalHits;
        if (total == 0)
        {
            return new SearchResults(0, [], [], LuceneSpelling.DidYouMean(searcher.IndexReader, query));
        }

        var page = ranked.GetTopDocs(skip, take);
        var snippets = page.ScoreDocs.Length == 0 ? [] : SnippetHighlighter.Instance.Highlight(SearchFields.Body, lucene, searcher, page, SnippetHighlighter.Passages);
        var reader = searcher.IndexReader;
        var hits = page.ScoreDocs.Select((hit, i) => new SearchHit(
                DocValues.Number(reader, SearchFields.PageValue, hit.Doc),
                DocValues.Text(reader, SearchFields.TitleValue, hit.Doc),
                DocValues.Text(reader, SearchFields.SummaryValue, hit.Doc),
                DocValues.Categories(reader, hit.Doc),
                snippets[i] ?? string.Empty))
            .ToList();
        return new SearchResults(total, hits, categories.Top(MaxCategories), null) { CategoriesCounted = total };
    }

    private string Unavailable()
    {
        var (done, all) = store.RebuildProgress;
        return store.State == SearchIndexState.Rebuilding && all > 0
            ? string.Create(CultureInfo.InvariantCulture, $"The search index is being rebuilt ({done:N0} of {all:N0} pages done). Please search again in a moment; articles can still be opened by title.")
            : "The search index is being rebuilt. Please search again in a moment; articles can still be opened by title.";
    }
}
