using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// How text becomes terms, the same at index and query time. UAX#29 words, English possessives dropped, Hangul runs
/// as overlapping bigrams (so any two-syllable substring matches and a particle does not hide a word), lower case,
/// diacritics folded; the searched fields are also Porter-stemmed (<c>treaties</c> finds <i>treaty</i>), while
/// <see cref="SearchFields.Words"/> keeps words as written for prefixes and spelling.
/// </summary>
internal sealed class WikiAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Positions between two values of a multi-valued field (two aliases, two headings), so a phrase never spans them.</summary>
    private const int ValueGap = 100;

    public static WikiAnalyzer Instance { get; } = new();

    private WikiAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    public static bool IsStemmed(string field) => field != SearchFields.Words;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new CJKWidthFilter(stream);
        stream = new CJKBigramFilter(stream, CJKScript.HANGUL);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        if (IsStemmed(fieldName))
        {
            stream = new PorterStemFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
