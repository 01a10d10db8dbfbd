using System.Collections.Concurrent;
using System.Data.Common;
using Alliance.Wiki.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.Articles;

/// <summary>
/// The article statement (<see cref="ArticleQueries.ByKeySql"/>) kept prepared on a few open connections, for reads
/// that need nothing of their request's scope. A view through EF Core built a context, opened a connection (running
/// SQLite's pragmas), made a new command, and SQLite parsed and planned the statement again: together about a third
/// of a profile of views without the page cache. Here a read takes an idle prepared statement, binds the key and
/// steps it. The connections are opened through a context on the options the storage layer registers (taken once,
/// from a scope this keeps for its lifetime, because some interceptors are scoped), so every interceptor still sees
/// them. They only read: no saves, no transactions; a statement ends its read before it goes back.
/// </summary>
public sealed class ArticleStatements : IDisposable
{
    /// <summary>Idle statements kept; more than this, under a burst, are closed when they are given back.</summary>
    private static readonly int MostIdle = Math.Max(8, Environment.ProcessorCount * 4);

    private readonly Lazy<(IServiceScope Scope, DbContextOptions<WikiDbContext> Options)> _options;
    private readonly ConcurrentBag<Prepared> _idle = [];
    private bool _disposed;

    public ArticleStatements(IServiceScopeFactory scopes) => _options = new(() =>
    {
        var scope = scopes.CreateScope();
        return (scope, scope.ServiceProvider.GetRequiredService<DbContextOptions<WikiDbContext>>());
    });

    /// <summary>The article row of the page a raw title reaches, or null.</summary>
    internal async Task<ArticleRow?> ReadAsync(string? rawTitle, CancellationToken cancellationToken)
    {
        if (ArticleQueries.KeyOf(rawTitle) is not { } key)
        {
            return null;
        }

        // An idle statement whose connection has broken (a database server restarted, a test's database dropped)
        // fails once: it is closed and the read runs again on a new one. A new one that fails is a real error.
        while (_idle.TryTake(out var idle))
        {
            try
            {
                return await ReadAndGiveBackAsync(idle, key, cancellationToken);
            }
            catch (DbException)
            {
                // Closed in ReadAndGiveBackAsync; try the next idle one or a new one.
            }
        }

        return await ReadAndGiveBackAsync(await PrepareAsync(cancellationToken), key, cancellationToken);
    }

    private async Task<ArticleRow?> ReadAndGiveBackAsync(Prepared statement, string key, CancellationToken cancellationToken)
    {
        ArticleRow? row;
        try
        {
            statement.Key.Value = key;
            row = await ArticleQueries.RowAsync(statement.Command, cancellationToken);
        }
        catch
        {
            statement.Dispose();
            throw;
        }

        if (_disposed || _idle.Count >= MostIdle)
        {
            statement.Dispose();
        }
        else
        {
            _idle.Add(statement);
        }

        return row;
    }

    private async Task<Prepared> PrepareAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var db = new WikiDbContext(_options.Value.Options);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = ArticleQueries.ByKeySql;
            ArticleQueries.Bind(command, string.Empty);
            await command.PrepareAsync(cancellationToken);
            return new Prepared(db, command, command.Parameters["@key"]);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var statement))
        {
            statement.Dispose();
        }

        if (_options.IsValueCreated)
        {
            _options.Value.Scope.Dispose();
        }
    }

    /// <summary>An open connection (its context owns it) and the statement prepared on it.</summary>
    private sealed record Prepared(WikiDbContext Db, DbCommand Command, DbParameter Key) : IDisposable
    {
        public void Dispose()
        {
            Command.Dispose();
            Db.Dispose();
        }
    }
}
