using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Alliance.Wiki.Core.Storage;

/// <summary>
/// Per-connection settings: in WAL mode, NORMAL sync is durable across process crashes and much faster. They belong to
/// SQLite's handle, which Microsoft.Data.Sqlite's pool keeps open between EF Core's opens: each handle is set once,
/// not at every open (every query), which parsed and ran two pragmas per query.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Sql = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";

    private static readonly object Set = new();

    private readonly ConditionalWeakTable<object, object> _handles = [];

    public static SqlitePragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Sql;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            var command = connection.CreateCommand();
            await using (command)
            {
                command.CommandText = Sql;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <summary>True the first time this connection's SQLite handle is seen (a connection that is not SQLite's is always new).</summary>
    private bool IsNew(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection is not SqliteConnection { Handle: { } handle } || _handles.TryAdd(handle, Set);
    }
}
