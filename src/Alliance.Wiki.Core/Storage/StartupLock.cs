using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Alliance.Wiki.Core.Storage;

/// <summary>
/// One node at a time through the start: the schema, the identity, the first admin and the content import happen once
/// however many nodes start together. On PostgreSQL a session advisory lock on the context's connection, which the
/// scope's services share; SQLite is one process's file, and needs none.
/// </summary>
public static class StartupLock
{
    public static async Task<IAsyncDisposable> AcquireAsync(WikiDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsSqlite())
        {
            return Released.Instance;
        }

        await CreateDatabaseAsync(db, cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        // No command timeout: a node waits as long as another node's start takes (a migration, a first import).
        var command = db.Command("SELECT pg_advisory_lock(@space, 0)").With("@space", StartupLockSpace);
        command.CommandTimeout = 0;
        await command.ExecuteAsync(cancellationToken);
        return new Held(db);
    }

    /// <summary>A new wiki's database is made on first start, as SQLite makes its file; another node may make it first.</summary>
    private static async Task CreateDatabaseAsync(WikiDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Made by another node at the same moment.
        }
    }

    private const int StartupLockSpace = 2;

    private sealed class Held(WikiDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Command("SELECT pg_advisory_unlock(@space, 0)").With("@space", StartupLockSpace).ExecuteAsync(CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class Released : IAsyncDisposable
    {
        public static Released Instance { get; } = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
