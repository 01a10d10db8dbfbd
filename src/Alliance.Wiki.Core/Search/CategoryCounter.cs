using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Counts the categories of every matching page (ordinals per segment from <see cref="CategoryOrdinals"/>, names
/// looked up once a segment is done), beside the collector that ranks: one pass over the matches serves both.
/// </summary>
internal sealed class CategoryCounter : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private CategoryOrdinals? _segment;
    private int[] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        _segment = CategoryOrdinals.Of(context.AtomicReader);
        _segmentCounts = new int[_segment.Names.Count];
    }

    public void Collect(int doc) => _segment?.Count(doc, _segmentCounts);

    /// <summary>The most common categories, most first, ties by name.</summary>
    public IReadOnlyList<CategoryCount> Top(int count)
    {
        Flush();
        return [.. _counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(count).Select(c => new CategoryCount(c.Key, c.Value))];
    }

    private void Flush()
    {
        if (_segment is null)
        {
            return;
        }

        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] > 0)
            {
                var name = _segment.Names[ord];
                _counts[name] = _counts.GetValueOrDefault(name) + _segmentCounts[ord];
            }
        }

        _segment = null;
        _segmentCounts = [];
    }
}
