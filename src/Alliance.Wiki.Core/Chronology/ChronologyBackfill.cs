using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Alliance.Wiki.Core.Chronology;

/// <summary>
/// Reads the events of every page whose latest revision the chronology has not read: a database from before the
/// chronology existed, or one restored from a backup. Cheap when nothing is missing: one indexed query.
/// </summary>
public sealed class ChronologyBackfill(WikiDbContext db, EventWriter events, ILogger<ChronologyBackfill> logger)
{
    public async Task<int> EnsureCompleteAsync(CancellationToken cancellationToken)
    {
        var stale = await db.Pages.AsNoTracking()
            .Where(p => p.LatestRevisionId != null && !db.EventSources.Any(s => s.PageId == p.Id && s.RevisionId == p.LatestRevisionId))
            .Select(p => new { p.Id, p.Title, RevisionId = p.LatestRevisionId!.Value })
            .ToListAsync(cancellationToken);
        if (stale.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var page in stale)
        {
            var text = await db.Revisions.AsNoTracking().Where(r => r.Id == page.RevisionId).Select(r => r.Text).SingleAsync(cancellationToken);
            var metadata = ArticleText.TryParse(text)?.Metadata ?? Markup.ArticleMetadata.Empty;
            await events.ReplaceAsync(page.Id, page.RevisionId, page.Title, metadata, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Read the events of {Count} pages into the chronology.", stale.Count);
        return stale.Count;
    }
}
