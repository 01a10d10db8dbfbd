namespace Alliance.Wiki.Core.Indexing;

/// <summary>
/// Indexing beside a bulk import, in the process that holds the index (the import verb with no server running): each
/// batch's saves hand their documents to the applier as the batch commits, and the applier indexes that batch on the
/// other core while the next one is written; the import waits only when it is a whole batch ahead. Where another
/// process holds the index (a running server), it does nothing and that process applies the import's rows from the log.
/// The batches become searchable together when the import ends (<see cref="ChangeLogApplier.BeginBulk"/>).
/// </summary>
public sealed class BulkIndexing(ChangeLogApplier applier)
{
    private Task _applying = Task.CompletedTask;

    /// <summary>
    /// Takes the index unless another process holds it and brings it up to date (a missing or unusable one is rebuilt
    /// first); answers whether the import's batches are indexed here.
    /// </summary>
    public async Task<bool> BeginAsync(CancellationToken cancellationToken)
    {
        if (!await applier.HoldsIndexAsync(cancellationToken))
        {
            return false;
        }

        await applier.ApplyPendingAsync(cancellationToken);
        applier.BeginBulk();
        return true;
    }

    /// <summary>A batch committed: waits until the one before it is indexed, then indexes this one in the background.</summary>
    public async Task BatchCommittedAsync(CancellationToken cancellationToken)
    {
        if (!applier.InBulk)
        {
            return;
        }

        await _applying;
        _applying = Task.Run(() => applier.ApplyPendingAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The import is done: waits for its last batch, applies whatever else the log holds and makes the index durable.</summary>
    public async Task EndAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _applying;
        }
        finally
        {
            applier.EndBulk();
        }

        await applier.ApplyPendingAsync(cancellationToken);
        await applier.CommitIfDueAsync(force: true, cancellationToken);
    }
}
