using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Alliance.Wiki.Core.Search;

/// <summary>A page as a Lucene document: searched text fields, doc values for the hit list and counts, few stored fields.</summary>
public static class IndexedDocument
{
    /// <summary>Body text with offsets in its postings, which the postings highlighter reads instead of re-analysing.</summary>
    private static readonly FieldType BodyType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS });

    /// <summary>
    /// How much of the body snippets are cut from, kept as a doc value: a stored field costs a 16 KB decompression a
    /// hit, most of a results page. A binary doc value holds at most 32,766 bytes; matches further on go unmarked.
    /// </summary>
    public const int SnippetSourceCharacters = 10_000;

    private const int SnippetSourceBytes = 32_000;

    /// <summary>Words for prefixes and spelling need no positions or frequencies.</summary>
    private static readonly FieldType WordsType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });

    public static Term PageTerm(long pageId) => new(SearchFields.Page, pageId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Document From(SearchDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var title = SearchText.WithoutControlCharacters(page.Title);
        var summary = SearchText.WithoutControlCharacters(page.Summary);
        var body = SearchText.WithoutControlCharacters(page.Body);
        var document = new Document
        {
            new StringField(SearchFields.Page, PageTerm(page.PageId).Text, Field.Store.NO),
            new NumericDocValuesField(SearchFields.PageValue, page.PageId),
            new TextField(SearchFields.Title, title, Field.Store.NO),
            new BinaryDocValuesField(SearchFields.TitleValue, new BytesRef(title)),
            new TextField(SearchFields.Summary, summary, Field.Store.NO),
            new BinaryDocValuesField(SearchFields.SummaryValue, new BytesRef(summary)),
            new Field(SearchFields.Body, body, BodyType),
            new BinaryDocValuesField(SearchFields.BodyValue, new BytesRef(SnippetSource(body))),
        };
        foreach (var alias in page.Aliases.Select(SearchText.WithoutControlCharacters))
        {
            document.Add(new TextField(SearchFields.Aliases, alias, Field.Store.NO));
            document.Add(new StoredField(SearchFields.AliasesStored, alias));
        }

        foreach (var heading in page.Headings)
        {
            document.Add(new TextField(SearchFields.Headings, SearchText.WithoutControlCharacters(heading), Field.Store.NO));
        }

        foreach (var category in page.Categories.DistinctBy(SearchText.Fold, StringComparer.Ordinal))
        {
            document.Add(new StringField(SearchFields.CategoryKey, SearchText.Fold(category), Field.Store.NO));
            document.Add(new SortedSetDocValuesField(SearchFields.CategoryValues, new BytesRef(category)));
        }

        var names = page.Aliases.Prepend(title).ToList();
        foreach (var key in names.Select(SearchText.Fold).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(SearchFields.NameKey, key, Field.Store.NO));
        }

        foreach (var key in names.SelectMany(Romanization.KeysOf).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(SearchFields.Roman, key, Field.Store.NO));
        }

        document.Add(new Field(SearchFields.Words, string.Join('\n', names.Concat(page.Headings).Append(body)), WordsType));
        return document;
    }

    /// <summary>The start of the body that fits a doc value, never cutting a surrogate pair.</summary>
    public static string SnippetSource(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var length = Math.Min(body.Length, SnippetSourceCharacters);
        while (length > 0 && (System.Text.Encoding.UTF8.GetByteCount(body.AsSpan(0, length)) > SnippetSourceBytes || char.IsHighSurrogate(body[length - 1])))
        {
            length = Math.Min(length - 1, SnippetSourceBytes / 3);
        }

        return body[..length];
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
