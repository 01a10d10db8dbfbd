using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Alliance.Wiki.Tests.Support;

/// <summary>Counts the SQL commands a DbContext runs, to pin "one query, not one per link".</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _commands;

    public int Commands => _commands;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _commands);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
