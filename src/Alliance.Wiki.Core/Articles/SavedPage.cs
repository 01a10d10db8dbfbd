using Alliance.Wiki.Core.Markup;

namespace Alliance.Wiki.Core.Articles;

/// <summary>What a save wrote, for the participants of its transaction.</summary>
/// <param name="PageId">The page.</param>
/// <param name="RevisionId">The new revision.</param>
/// <param name="Title">The page's canonical title.</param>
/// <param name="Document">The saved text: front matter (aliases, Korean name, categories, summary) and body.</param>
/// <param name="Rendered">The body rendered as the article page shows it.</param>
/// <param name="ChangedNameKeys">The name keys (titles and aliases) this save made or dropped: links to them, on any page, changed colour.</param>
public sealed record SavedPage(long PageId, long RevisionId, string Title, ArticleDocument Document, RenderedArticle Rendered, IReadOnlyList<string> ChangedNameKeys);
