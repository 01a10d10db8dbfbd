using Lucene.Net.Search;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// The title and aliases the index holds for a page, read before its document is replaced: comparing them with the
/// new ones tells a node whether another node's save made or dropped a name (links elsewhere change colour).
/// </summary>
internal static class IndexedNames
{
    /// <summary>The indexed title followed by the aliases, or null when the page is not in the index.</summary>
    public static IReadOnlyList<string>? Find(IndexSearcher searcher, long pageId)
    {
        var hits = searcher.Search(new TermQuery(IndexedDocument.PageTerm(pageId)), 1);
        if (hits.TotalHits == 0)
        {
            return null;
        }

        var doc = hits.ScoreDocs[0].Doc;
        return [DocValues.Text(searcher.IndexReader, SearchFields.TitleValue, doc), .. searcher.Doc(doc).GetValues(SearchFields.AliasesStored)];
    }

    /// <summary>The names a document will be indexed under, in the order <see cref="Find"/> answers them.</summary>
    public static IReadOnlyList<string> Of(SearchDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return [SearchText.WithoutControlCharacters(page.Title), .. page.Aliases.Select(SearchText.WithoutControlCharacters)];
    }
}
