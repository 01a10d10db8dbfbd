using Alliance.Wiki.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Alliance.Wiki.Core.Indexing;

/// <summary>
/// The <c>reindex</c> verb, and catching the index up after pages were written in bulk (tests, tools). The process that owns the index (the server, or a
/// verb when no server runs) does the work itself; a verb beside a running server writes to the change log instead
/// (a rebuild request, or nothing more than the import's own rows), and the server applies it.
/// </summary>
public sealed class SearchReindexer(WikiDbContext db, ChangeLogApplier applier, TimeProvider clock, ILogger<SearchReindexer> logger)
{
    /// <summary>Rebuilds into a fresh generation here, or asks the owning process to; answers the pages rebuilt here, or null when left to it.</summary>
    public async Task<int?> RebuildAsync(IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        if (await applier.HoldsIndexAsync(cancellationToken))
        {
            var pages = await applier.RebuildAsync(progress, cancellationToken);
            await applier.ApplyPendingAsync(cancellationToken);
            await applier.CommitIfDueAsync(force: true, cancellationToken);
            return pages;
        }

        await db.ReadAsync(() => ChangeLog.AppendAsync(db, null, ChangeKind.Rebuild, clock.GetUtcNow().UtcDateTime, cancellationToken), cancellationToken);
        logger.LogInformation("The running wiki holds the search index: it will rebuild it.");
        return null;
    }

    /// <summary>Applies the change log here when no server does (after pages were written in bulk); answers false when a server will.</summary>
    public async Task<bool> CatchUpAsync(CancellationToken cancellationToken)
    {
        if (!await applier.HoldsIndexAsync(cancellationToken))
        {
            return false;
        }

        await applier.ApplyPendingAsync(cancellationToken);
        await applier.CommitIfDueAsync(force: true, cancellationToken);
        return true;
    }
}
