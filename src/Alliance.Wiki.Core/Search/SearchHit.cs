namespace Alliance.Wiki.Core.Search;

/// <summary>One result.</summary>
/// <param name="PageId">The page.</param>
/// <param name="Title">Its title.</param>
/// <param name="Summary">Its summary.</param>
/// <param name="Categories">Its categories.</param>
/// <param name="SnippetHtml">A passage of its text, HTML-escaped, with the matched words in <c>&lt;mark&gt;</c>: safe to write as is.</param>
public sealed record SearchHit(long PageId, string Title, string Summary, IReadOnlyList<string> Categories, string SnippetHtml);
