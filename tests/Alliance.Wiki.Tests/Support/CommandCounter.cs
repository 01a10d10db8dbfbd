using System.Data.Common;
using Alliance.Wiki.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// Counts the SQL statements SQLite runs on a context's connection, to pin "one query, not one per link". It counts
/// in SQLite itself (a trace callback), so EF Core's queries and the wiki's plain commands are counted alike; the
/// callback is attached while the context holds the connection and removed before it goes back to the pool.
/// </summary>
public sealed class CommandCounter : DbConnectionInterceptor
{
    private int _commands;

    public int Commands => Volatile.Read(ref _commands);

    /// <summary>A context on the wiki's database file whose statements this counter counts.</summary>
    public WikiDbContext Open(string databasePath)
    {
        var options = new DbContextOptionsBuilder<WikiDbContext>();
        WikiDatabase.Configure(options, databasePath);
        options.AddInterceptors(this);
        return new WikiDbContext(options.Options);
    }

    /// <summary>The core services on the wiki's database file, every context of which this counter counts.</summary>
    public ServiceProvider Services(string databasePath) =>
        CoreServices.For(databasePath, services => services.ConfigureDbContext<WikiDbContext>(options => options.AddInterceptors(this)));

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Trace(connection, count: true);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Trace(connection, count: true);
        return Task.CompletedTask;
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Trace(connection, count: false);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Trace(connection, count: false);
        return ValueTask.FromResult(result);
    }

    private void Trace(DbConnection connection, bool count)
    {
        var handle = ((SqliteConnection)connection).Handle;
        if (count)
        {
            // Statements run by triggers are reported as comments ("-- TRIGGER …"): they are part of the statement that fired them.
            raw.sqlite3_trace(handle, (_, statement) =>
            {
                if (!statement.utf8_to_string().TrimStart().StartsWith("--", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref _commands);
                }
            }, null);
        }
        else
        {
            raw.sqlite3_trace(handle, (delegate_trace?)null, null);
        }
    }
}
