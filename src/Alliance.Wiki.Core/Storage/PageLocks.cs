namespace Alliance.Wiki.Core.Storage;

/// <summary>
/// Serialises the saves of one page across every node. SQLite needs nothing: Microsoft.Data.Sqlite begins IMMEDIATE
/// transactions, so writers already queue. On PostgreSQL a transaction-scoped advisory lock on the title's key makes a
/// second editor wait for the first to commit and then read what it wrote, instead of both merging onto the same parent.
/// </summary>
public static class PageLocks
{
    /// <summary>Locks the page named by <paramref name="titleKey"/> until the current transaction ends (a no-op on SQLite).</summary>
    public static async Task LockAsync(this WikiDbContext db, string titleKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsSqlite() || db.Database.CurrentTransaction is null)
        {
            return;
        }

        await db.Command("SELECT pg_advisory_xact_lock(@space, hashtext(@key))")
            .With("@space", PageLockSpace).With("@key", titleKey).ExecuteAsync(cancellationToken);
    }

    /// <summary>The first half of the two-part lock keys (StartupLock uses 2); the change log's one-part key can never equal these.</summary>
    private const int PageLockSpace = 1;
}
