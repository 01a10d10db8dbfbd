using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Alliance.Wiki.Core.Indexing;

/// <summary>
/// Rebuilds the search index from every page's latest revision. Saves keep the index current, so this is for
/// recovery (the <c>reindex</c> verb) and for a database that predates the index.
/// </summary>
public sealed class SearchReindexer(WikiDbContext db, RenderCache renders, ISearchIndex index, ILogger<SearchReindexer> logger)
{
    /// <summary>Empties and refills the index in one transaction: searches see the old index until the new one commits.</summary>
    public async Task<int> RebuildAsync(IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var pages = await db.Pages.AsNoTracking().Where(p => p.LatestRevisionId != null).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Title, RevisionId = p.LatestRevisionId!.Value }).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await index.ClearAsync(cancellationToken);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var text = await db.RevisionTextAsync(page.RevisionId, cancellationToken);
            var metadata = ArticleText.TryParse(text)?.Metadata ?? ArticleMetadata.Empty;
            var (rendered, _) = await renders.GetOrRenderAsync(page.Title, page.RevisionId, cancellationToken);
            await index.IndexAsync(SearchIndexParticipant.Document(page.Id, page.Title, metadata, rendered), cancellationToken);
            progress?.Report((i + 1, pages.Count));
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Rebuilt the search index: {Pages} pages.", pages.Count);
        return pages.Count;
    }

    /// <summary>Rebuilds when the index holds a different number of pages than the wiki, as after the migration that adds it.</summary>
    public async Task EnsureCompleteAsync(CancellationToken cancellationToken)
    {
        var pages = await db.Pages.CountAsync(p => p.LatestRevisionId != null, cancellationToken);
        var indexed = await index.CountAsync(cancellationToken);
        if (indexed != pages)
        {
            logger.LogWarning("The search index holds {Indexed} pages of {Pages}; rebuilding it.", indexed, pages);
            await RebuildAsync(null, cancellationToken);
        }
    }
}
