using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// Counts the database connections the wiki's contexts open while serving each request path, on either provider:
/// every query and plain command the wiki sends goes through a context's connection, so a path that opened none sent
/// nothing to the database. Opens outside a request (the change-log follower, start-up) are not counted.
/// Every <see cref="WikiServer"/> has one (<c>Services.GetRequiredService&lt;RequestConnections&gt;()</c>).
/// </summary>
public sealed class RequestConnections(IHttpContextAccessor requests) : DbConnectionInterceptor
{
    private readonly ConcurrentDictionary<string, int> _opened = new(StringComparer.Ordinal);

    /// <summary>Connections opened so far while serving this path (without its query string).</summary>
    public int OpenedFor(string path) => _opened.GetValueOrDefault(path);

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private void Count()
    {
        if (requests.HttpContext?.Request.Path.Value is { } path)
        {
            _opened.AddOrUpdate(path, 1, (_, opened) => opened + 1);
        }
    }
}
