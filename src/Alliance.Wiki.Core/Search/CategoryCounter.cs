using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Counts the categories of every matching page from doc values (ordinals per segment, names looked up once a
/// segment is done), beside the collector that ranks: one pass over the matches serves both.
/// </summary>
internal sealed class CategoryCounter : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SortedSetDocValues? _values;
    private int[] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        _values = context.AtomicReader.GetSortedSetDocValues(SearchFields.CategoryValues);
        _segmentCounts = _values is null ? [] : new int[_values.ValueCount];
    }

    public void Collect(int doc)
    {
        if (_values is null)
        {
            return;
        }

        _values.SetDocument(doc);
        for (var ord = _values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _values.NextOrd())
        {
            _segmentCounts[ord]++;
        }
    }

    /// <summary>The most common categories, most first, ties by name.</summary>
    public IReadOnlyList<CategoryCount> Top(int count)
    {
        Flush();
        return [.. _counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(count).Select(c => new CategoryCount(c.Key, c.Value))];
    }

    private void Flush()
    {
        if (_values is null)
        {
            return;
        }

        var name = new BytesRef();
        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] > 0)
            {
                _values.LookupOrd(ord, name);
                var key = name.Utf8ToString();
                _counts[key] = _counts.GetValueOrDefault(key) + _segmentCounts[ord];
            }
        }

        _values = null;
        _segmentCounts = [];
    }
}
