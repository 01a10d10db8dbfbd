using ICU4N.Text;
using Lucene.Net.Search.PostingsHighlight;

namespace Alliance.Wiki.Core.Search;

/// <summary>The postings highlighter (offsets read from the index, no re-analysis) with our formatter, one passage a hit.</summary>
internal sealed class SnippetHighlighter : ICUPostingsHighlighter
{
    public static SnippetHighlighter Instance { get; } = new();

    private static readonly SnippetFormatter Formatter = new();

    private SnippetHighlighter()
        : base(100_000)
    {
    }

    protected override PassageFormatter GetFormatter(string field) => Formatter;

    protected override BreakIterator GetBreakIterator(string field) => BreakIterator.GetSentenceInstance(System.Globalization.CultureInfo.InvariantCulture);
}
