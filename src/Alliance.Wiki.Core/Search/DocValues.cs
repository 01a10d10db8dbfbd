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

        var bytes = new BytesRef();
        values.Get(local, bytes);
        return bytes.Utf8ToString();
    }

    public static long Number(IndexReader reader, string field, int doc)
    {
        var (leaf, local) = Leaf(reader, doc);
        return leaf.GetNumericDocValues(field)?.Get(local) ?? 0;
    }

    public static List<string> Texts(IndexReader reader, string field, int doc)
    {
        var (leaf, local) = Leaf(reader, doc);
        var values = leaf.GetSortedSetDocValues(field);
        var texts = new List<string>();
        if (values is null)
        {
            return texts;
        }

        values.SetDocument(local);
        var bytes = new BytesRef();
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            values.LookupOrd(ord, bytes);
            texts.Add(bytes.Utf8ToString());
        }

        return texts;
    }

    private static (AtomicReader Leaf, int Doc) Leaf(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var context = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return (context.AtomicReader, doc - context.DocBase);
    }
}
