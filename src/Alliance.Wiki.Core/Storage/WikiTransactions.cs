
namespace Alliance.Wiki.Core.Storage;

/// <summary>Work that must commit or roll back as one, joining the caller's transaction when one is open.</summary>
public static class WikiTransactions
{
    /// <summary>Runs the work in a transaction of its own, or in the caller's (the editor's read-merge-write); <paramref name="afterOwned"/> runs after a transaction of its own ends.</summary>
    public static async Task<T> InTransactionAsync<T>(this WikiDbContext db, Func<Task<T>> work, CancellationToken cancellationToken, Action? afterOwned = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        var owned = db.Database.CurrentTransaction is null;
        try
        {
            // Microsoft.Data.Sqlite begins IMMEDIATE transactions: writers are serialised, so a check and the write
            // that depends on it cannot interleave with another writer's.
            await using var transaction = owned ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            var result = await work();
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return result;
        }
        finally
        {
            if (owned)
            {
                afterOwned?.Invoke();
            }
        }
    }
}
