using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Alliance.Wiki.Core.Search;

/// <summary>Reading one document's doc values through a composite reader (the hit list and "Did you mean").</summary>
internal static class DocValues
{
    public static string Text(IndexReader reader, string field, int doc)
    {
        var (leaf, local) = Leaf(reader, doc);
        var values = leaf.GetBinaryDocValues(field);
        if (values is null)
        {
            return string.Empty;
        }

        var bytes = _scratch ??= new BytesRef();
        values.Get(local, bytes);
        return Utf8(bytes);
    }

    /// <summary>
    /// The bytes as a string, decoded by .NET's vectorised UTF-8 decoder (Lucene's <c>Utf8ToString</c> decodes a byte at
    /// a time into a buffer of its own, which cost a tenth of a results page on the 20 snippet sources).
    /// </summary>
    public static string Utf8(BytesRef bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return System.Text.Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);
    }

    /// <summary>One buffer a thread for the values read, which a results page reads twenty bodies of 10,000 characters into.</summary>
    [ThreadStatic]
    private static BytesRef? _scratch;

    public static long Number(IndexReader reader, string field, int doc)
    {
        var (leaf, local) = Leaf(reader, doc);
        return leaf.GetNumericDocValues(field)?.Get(local) ?? 0;
    }

    /// <summary>The document's categories, from its segment's <see cref="CategoryOrdinals"/>.</summary>
    public static List<string> Categories(IndexReader reader, int doc)
    {
        var (leaf, local) = Leaf(reader, doc);
        return CategoryOrdinals.Of(leaf).NamesOf(local);
    }

    private static (AtomicReader Leaf, int Doc) Leaf(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var context = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return (context.AtomicReader, doc - context.DocBase);
    }
}
