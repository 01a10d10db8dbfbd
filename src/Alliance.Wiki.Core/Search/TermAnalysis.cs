using Lucene.Net.Analysis.TokenAttributes;

namespace Alliance.Wiki.Core.Search;

/// <summary>Runs query text through the index's analyzer, so a query's terms are exactly those indexed.</summary>
internal static class TermAnalysis
{
    /// <summary>The terms of the text for a field, with their positions (Hangul bigrams overlap, one position apart).</summary>
    public static List<(string Term, int Position)> Terms(string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = WikiAnalyzer.Instance.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += Math.Max(1, increment.PositionIncrement);
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }
}
