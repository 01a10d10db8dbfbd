namespace Alliance.Wiki.Core.Indexing;

/// <summary>
/// Indexing beside a bulk import, in the process that holds the index (the import verb with no server running): each
/// batch's saves hand their documents to the applier as the batch commits, and the applier indexes the batches in
/// order on the other core while the next ones are written; the import waits only when it is
/// <see cref="BatchesAhead"/> batches ahead, so that neither the writer nor the indexer idles each time the other
/// takes longer over one batch. Where another process holds the index (a running server), it does nothing and that
/// process applies the import's rows from the log. The batches become searchable together when the import ends
/// (<see cref="ChangeLogApplier.BeginBulk"/>).
/// </summary>
public sealed class BulkIndexing(ChangeLogApplier applier)
{
    /// <summary>
    /// Batches committed and not yet indexed, at most: their documents wait in memory (a few MB a batch), within the
    /// applier's bound on offered documents.
    /// </summary>
    public const int BatchesAhead = 3;

    private readonly Queue<Task> _pending = new();
    private Task _last = Task.CompletedTask;

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

    /// <summary>A batch committed: queues its indexing after the batches before it, and waits while too many are queued.</summary>
    public async Task BatchCommittedAsync(CancellationToken cancellationToken)
    {
        if (!applier.InBulk)
        {
            return;
        }

        _last = AfterAsync(_last, () => applier.ApplyPendingAsync(cancellationToken), cancellationToken);
        _pending.Enqueue(_last);
        while (_pending.Count > BatchesAhead)
        {
            await _pending.Dequeue();
        }
    }

    /// <summary>The import is done: waits for its last batch, applies whatever else the log holds and makes the index durable.</summary>
    public async Task EndAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _last;
        }
        finally
        {
            _pending.Clear();
            applier.EndBulk();
        }

        await applier.ApplyPendingAsync(cancellationToken);
        await applier.CommitIfDueAsync(force: true, cancellationToken);
    }

    /// <summary>Runs the next indexing on the thread pool once the one before has finished; a failure passes down the chain.</summary>
    private static async Task AfterAsync(Task previous, Func<Task> next, CancellationToken cancellationToken)
    {
        await previous.ConfigureAwait(false);
        await Task.Run(next, cancellationToken).ConfigureAwait(false);
    }
}
