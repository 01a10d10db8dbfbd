using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// One segment's category ordinals of every document, read once from its doc values into two flat arrays and kept as
/// long as the segment lives (keyed by its core, which reopening the index for new saves leaves alone). Counting
/// the categories of a query's matches is then an array walk: reading the doc values a match at a time cost more
/// than ranking on queries that match most of the wiki.
/// </summary>
internal sealed class CategoryOrdinals
{
    private static readonly ConditionalWeakTable<object, CategoryOrdinals> BySegment = [];

    private readonly int[] _starts;
    private readonly int[] _ordinals;

    private CategoryOrdinals(int[] starts, int[] ordinals, string[] names)
    {
        _starts = starts;
        _ordinals = ordinals;
        Names = names;
    }

    /// <summary>The category names by ordinal.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The segment's table, read at its first use.</summary>
    public static CategoryOrdinals Of(AtomicReader segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return BySegment.GetValue(segment.CoreCacheKey, _ => Read(segment));
    }

    /// <summary>Adds one to the count of each of the document's categories.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(int doc, int[] counts)
    {
        foreach (var ordinal in OrdinalsOf(doc))
        {
            counts[ordinal]++;
        }
    }

    /// <summary>The document's category names.</summary>
    public List<string> NamesOf(int doc)
    {
        var names = new List<string>();
        foreach (var ordinal in OrdinalsOf(doc))
        {
            names.Add(Names[ordinal]);
        }

        return names;
    }

    private ReadOnlySpan<int> OrdinalsOf(int doc) => _ordinals.AsSpan(_starts[doc], _starts[doc + 1] - _starts[doc]);

    private static CategoryOrdinals Read(AtomicReader segment)
    {
        var values = segment.GetSortedSetDocValues(SearchFields.CategoryValues);
        var starts = new int[segment.MaxDoc + 1];
        if (values is null)
        {
            return new CategoryOrdinals(starts, [], []);
        }

        var ordinals = new List<int>(segment.MaxDoc * 2);
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                ordinals.Add((int)ord);
            }
        }

        starts[segment.MaxDoc] = ordinals.Count;
        var names = new string[values.ValueCount];
        var name = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, name);
            names[ord] = DocValues.Utf8(name);
        }

        return new CategoryOrdinals(starts, [.. ordinals], names);
    }
}
