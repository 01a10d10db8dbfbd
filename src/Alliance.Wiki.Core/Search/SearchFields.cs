namespace Alliance.Wiki.Core.Search;

/// <summary>The Lucene index's fields, and how much a match in each counts (the boosts replace FTS5's bm25 weights).</summary>
internal static class SearchFields
{
    /// <summary>The page id as a term, so that a page's document is replaced by its id.</summary>
    public const string Page = "page";

    public const string Title = "title";
    public const string Aliases = "aliases";
    public const string Headings = "headings";
    public const string Summary = "summary";
    public const string Body = "body";

    /// <summary>Romanization keys of the title, aliases and Korean name, so McCune–Reischauer and Revised spellings meet.</summary>
    public const string Roman = "roman";

    /// <summary>Every word unstemmed (lower case, folded), for prefixes and "Did you mean".</summary>
    public const string Words = "words";

    /// <summary>The title and each alias folded whole, for "Did you mean" a name.</summary>
    public const string NameKey = "name_key";

    /// <summary>Folded category names, for <c>category:</c> filters.</summary>
    public const string CategoryKey = "category";

    /// <summary>Doc values, read for the hit list and the counts: stored fields cost a decompression a hit.</summary>
    public const string PageValue = "page_dv";
    public const string TitleValue = "title_dv";
    public const string SummaryValue = "summary_dv";
    public const string BodyValue = "body_dv";
    public const string CategoryValues = "category_dv";

    /// <summary>The aliases as written, read only to spell a "Did you mean" alias.</summary>
    public const string AliasesStored = "aliases_stored";

    /// <summary>The fields a word is looked for in, with their boosts.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Searched =
    [
        (Title, 10f),
        (Aliases, 6f),
        (Headings, 3f),
        (Summary, 2f),
        (Body, 1f),
    ];

    public const float RomanBoost = 5f;
}
