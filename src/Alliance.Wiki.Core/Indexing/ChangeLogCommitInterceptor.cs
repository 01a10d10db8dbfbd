using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Core.Indexing;

/// <summary>
/// After a transaction that wrote change-log rows commits, hands the applier the documents its saves built, wakes it
/// and waits (bounded) until the rows are searchable, so whoever saved finds the new text in their next search.
/// A rollback forgets them; a rollback to a savepoint forgets the documents (the applier reads those pages back) and
/// awaits again the sequence pending when the savepoint was made.
/// A bulk import's commits do not wait: the import paces itself (<see cref="BulkIndexing"/>).
/// </summary>
public sealed class ChangeLogCommitInterceptor(ChangeLogSession session, ChangeLogApplier applier, IOptions<IndexingOptions> options) : DbTransactionInterceptor
{
    /// <summary>
    /// A transaction disposed after a failure may end without a rollback event: each new one starts with nothing
    /// pending, so a failed save's document is never offered under a later transaction's commit.
    /// </summary>
    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        session.Forget();
        return ValueTask.FromResult(result);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        session.Forget();
        return result;
    }

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (session.Pending is { } sequence)
        {
            Committed();
            if (session.Bulk)
            {
                return;
            }

            await applier.WaitForAsync(sequence, TimeSpan.FromSeconds(options.Value.ReadYourWritesSeconds), cancellationToken);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (session.Pending is not null)
        {
            Committed();
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        session.Forget();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => session.Forget();

    public override Task CreatedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        session.SavepointCreated();
        return Task.CompletedTask;
    }

    public override void CreatedSavepoint(DbTransaction transaction, TransactionEventData eventData) => session.SavepointCreated();

    public override Task ReleasedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        session.SavepointReleased();
        return Task.CompletedTask;
    }

    public override void ReleasedSavepoint(DbTransaction transaction, TransactionEventData eventData) => session.SavepointReleased();

    public override Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        session.RolledBackToSavepoint();
        return Task.CompletedTask;
    }

    public override void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => session.RolledBackToSavepoint();

    private void Committed()
    {
        session.Pending = null;
        applier.Offer(session.TakeDocuments());
        applier.Wake();
    }
}
