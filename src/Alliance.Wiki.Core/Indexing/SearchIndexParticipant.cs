using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;

namespace Alliance.Wiki.Core.Indexing;

/// <summary>
/// Keeps search in step with every save (an editor's, a bot's, an import's, a move): inside the save's transaction it
/// writes the page's suggestion names and one change-log row (a protection change writes the row alone), so the change reaches the Lucene index exactly when,
/// and only if, the save commits. The search document it builds goes with the row to this node's applier (<see cref="ChangeLogSession"/>).
/// </summary>
public sealed class SearchIndexParticipant(WikiDbContext db, SqliteTitleSuggestions names, ChangeLogSession session, TimeProvider clock) : IPageSaveParticipant
{
    public async Task PageSavedAsync(SavedPage saved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var document = Document(saved.PageId, saved.Title, saved.Document.Metadata, saved.Rendered);
        await names.ReplaceAsync(document, cancellationToken);
        session.Saved(await ChangeLog.AppendAsync(db, saved.PageId, ChangeKind.Saved, clock.GetUtcNow().UtcDateTime, cancellationToken), document);
    }

    /// <summary>A protection change: one change-log row in the change's transaction, like a save's.</summary>
    public async Task PageChangedAsync(long pageId, string title, CancellationToken cancellationToken) =>
        session.Pending = await ChangeLog.AppendAsync(db, pageId, ChangeKind.Protected, clock.GetUtcNow().UtcDateTime, cancellationToken);

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
