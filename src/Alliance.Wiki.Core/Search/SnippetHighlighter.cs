using ICU4N.Text;
using Lucene.Net.Search.PostingsHighlight;

namespace Alliance.Wiki.Core.Search;

/// <summary>The postings highlighter (offsets read from the index, no re-analysis) with our formatter, which keeps one passage a hit.</summary>
internal sealed class SnippetHighlighter : ICUPostingsHighlighter
{
    /// <summary>Passages scored a hit; the formatter keeps one of them.</summary>
    public const int Passages = 3;

    public static SnippetHighlighter Instance { get; } = new();

    private static readonly SnippetFormatter Formatter = new();

    private SnippetHighlighter()
        : base(100_000)
    {
    }

    protected override PassageFormatter GetFormatter(string field) => Formatter;

    /// <summary>Prefix queries are highlighted by re-analysing the passage (only for them: terms come from the offsets).</summary>
    protected override Lucene.Net.Analysis.Analyzer GetIndexAnalyzer(string field) => WikiAnalyzer.Instance;

    protected override BreakIterator GetBreakIterator(string field) => BreakIterator.GetSentenceInstance(System.Globalization.CultureInfo.InvariantCulture);
}
