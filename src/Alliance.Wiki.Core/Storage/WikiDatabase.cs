using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Storage;

/// <summary>Opening the database on either provider: connection, options, the schema.</summary>
public static class WikiDatabase
{
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>SQLite options for the file at <paramref name="path"/>.</summary>
    public static void Configure(DbContextOptionsBuilder options, string path) => Configure(options, WikiStore.Sqlite(path));

    public static void Configure(DbContextOptionsBuilder options, WikiStore store)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        if (store.IsSqlite)
        {
            options.UseSqlite(ConnectionString(store.Connection)).AddInterceptors(SqlitePragmas.Instance);
        }
        else
        {
            options.UseNpgsql(PostgresConnectionString(store.Connection));
        }
    }

    /// <summary>
    /// The PostgreSQL connection string the wiki connects with: the operator's, with two of Npgsql's settings changed
    /// unless it sets them itself. Automatic preparation: a save sends about twenty statements, the same ones every
    /// time, and prepared the server skips parsing and planning them. No reset on close: a pooled connection is handed
    /// out again without first sending the session reset (six commands), since the wiki keeps no session state on
    /// pooled connections (no SET, no temporary tables, no LISTEN: its listener has a connection of its own; page locks
    /// end with their transaction, and the start's session lock is released before its connection goes back).
    /// </summary>
    public static string PostgresConnectionString(string connection)
    {
        // Npgsql's builder answers ContainsKey for every keyword it knows, set or not: what the operator wrote is read
        // with the plain builder (case-insensitive), in either spelling Npgsql accepts.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection };
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = AutoPrepared;
        }

        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ToString();
    }

    /// <summary>How many distinct statements each connection keeps prepared (Npgsql evicts the least used beyond it).</summary>
    public const int AutoPrepared = 64;

    /// <summary>A context of the provider's own type, for code that runs outside a container (tools, tests, benchmarks).</summary>
    public static WikiDbContext Open(WikiStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.IsSqlite)
        {
            var sqlite = new DbContextOptionsBuilder<WikiDbContext>();
            Configure(sqlite, store);
            return new WikiDbContext(sqlite.Options);
        }

        var postgres = new DbContextOptionsBuilder<PostgresWikiDbContext>();
        Configure(postgres, store);
        return new PostgresWikiDbContext(postgres.Options);
    }

    public static bool IsSqlite(this WikiDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsSqlite();
    }

    /// <summary>Applies the provider's migrations (creating a SQLite file's folder first), then the per-provider settings.</summary>
    public static async Task MigrateAsync(WikiDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsSqlite())
        {
            var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await WikiIdentities.EnsureAsync(db, cancellationToken);
    }
}
