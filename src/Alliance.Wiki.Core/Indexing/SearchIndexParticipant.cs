using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Titles;

namespace Alliance.Wiki.Core.Indexing;

/// <summary>
/// Keeps the search index in step with the text: every save (an editor's or an import's) indexes the new revision
/// inside the save's transaction, so the old text stops matching the moment the new one commits.
/// </summary>
public sealed class SearchIndexParticipant(ISearchIndex index) : IPageSaveParticipant
{
    public Task PageSavedAsync(SavedPage saved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return index.IndexAsync(Document(saved.PageId, saved.Title, saved.Document.Metadata, saved.Rendered), cancellationToken);
    }

    /// <summary>Protection is not searchable: nothing to index.</summary>
    public Task PageChangedAsync(long pageId, string title, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>What the index holds for a revision: fields from its front matter, its headings, and the rest of the rendered body as plain text.</summary>
    public static SearchDocument Document(long pageId, string title, ArticleMetadata metadata, RenderedArticle rendered)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(rendered);
        IReadOnlyList<string> aliases = metadata.Korean is { } korean && !metadata.Aliases.Contains(korean) ? [.. metadata.Aliases, korean] : metadata.Aliases;
        return new SearchDocument(
            pageId,
            title,
            aliases,
            [.. rendered.Contents.Select(c => c.Text)],
            metadata.Summary,
            [.. metadata.Categories.Select(WikiTitle.Normalize).Where(c => WikiTitle.Problem(c) is null).Distinct(StringComparer.Ordinal)],
            ArticlePlainText.FromHtml(rendered.Html, headings: false));
    }
}
