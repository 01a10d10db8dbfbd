using System.Data.Common;
using Alliance.Wiki.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Alliance.Wiki.Tests.Support;

/// <summary>Counts the SQL commands a DbContext runs, to pin "one query, not one per link".</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _commands;

    public int Commands => _commands;

    /// <summary>A context on the wiki's database file whose commands this counter counts.</summary>
    public WikiDbContext Open(string databasePath)
    {
        var options = new DbContextOptionsBuilder<WikiDbContext>();
        WikiDatabase.Configure(options, databasePath);
        options.AddInterceptors(this);
        return new WikiDbContext(options.Options);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _commands);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
