using ICU4N.Text;
using Lucene.Net.Search;
using Lucene.Net.Search.PostingsHighlight;

namespace Alliance.Wiki.Core.Search;

/// <summary>The postings highlighter (offsets read from the index, no re-analysis) with our formatter, which cuts one window a hit.</summary>
internal sealed class SnippetHighlighter : ICUPostingsHighlighter
{
    /// <summary>With the whole text as one passage, one a hit; the formatter cuts the window.</summary>
    public const int Passages = 1;

    public static SnippetHighlighter Instance { get; } = new();

    private static readonly SnippetFormatter Formatter = new();

    private SnippetHighlighter()
        : base(IndexedDocument.SnippetSourceCharacters)
    {
    }

    /// <summary>The text comes from a doc value (the body's start), not from stored fields.</summary>
    protected override IList<string[]> LoadFieldValues(IndexSearcher searcher, string[] fields, int[] docids, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(docids);
        return [.. fields.Select(field => docids.Select(doc => DocValues.Text(searcher.IndexReader, SearchFields.BodyValue, doc)).ToArray())];
    }

    protected override PassageFormatter GetFormatter(string field) => Formatter;

    /// <summary>Prefix queries are highlighted by re-analysing the passage (only for them: terms come from the offsets).</summary>
    protected override Lucene.Net.Analysis.Analyzer GetIndexAnalyzer(string field) => WikiAnalyzer.Instance;

    /// <summary>One passage, the whole text: ICU's sentence iterator over long bodies cost most of a results page; the formatter cuts the window.</summary>
    protected override BreakIterator GetBreakIterator(string field) => new WholeBreakIterator();
}
