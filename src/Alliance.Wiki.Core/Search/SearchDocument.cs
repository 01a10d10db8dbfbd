namespace Alliance.Wiki.Core.Search;

/// <summary>What the index holds for one page: every field as plain text, never Markdown.</summary>
/// <param name="PageId">The page.</param>
/// <param name="Title">The page's title.</param>
/// <param name="Aliases">Its aliases, the Korean name included.</param>
/// <param name="Headings">The text of its section headings.</param>
/// <param name="Summary">The one-sentence summary.</param>
/// <param name="Categories">Its categories.</param>
/// <param name="Body">The rendered article as plain text.</param>
public sealed record SearchDocument(
    long PageId,
    string Title,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Headings,
    string Summary,
    IReadOnlyList<string> Categories,
    string Body);
