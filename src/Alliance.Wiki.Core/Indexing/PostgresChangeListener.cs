using Alliance.Wiki.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Alliance.Wiki.Core.Indexing;

/// <summary>
/// On PostgreSQL, one connection of this node's own that LISTENs on the change log's channel: every append notifies
/// with its sequence when its save commits (Storage/ChangeLog), and each notification of a row this node has not
/// applied or been offered wakes the follower, so every node applies another node's save at once rather than at its
/// next poll (a node's own saves wake it as they commit, without a notification). The poll stays as the fallback: a
/// notification is lost while this connection is down, so after each (re)connect the follower is woken once to read
/// whatever committed meanwhile. A lost connection is reopened after a pause. On SQLite it does nothing.
/// </summary>
public sealed class PostgresChangeListener(WikiStore store, ChangeLogApplier applier, ILogger<PostgresChangeListener> logger) : BackgroundService
{
    /// <summary>The application name the connection shows in pg_stat_activity (the tests find it there to cut it).</summary>
    public const string ApplicationName = "alliance-wiki-listener";

    private static readonly TimeSpan ReconnectPause = TimeSpan.FromSeconds(1);

    private volatile bool _listening;

    /// <summary>True while the connection is open and listening; false means the follower relies on polling.</summary>
    public bool IsListening => _listening;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store.IsSqlite)
        {
            return;
        }

        var connectionString = new NpgsqlConnectionStringBuilder(store.Connection)
        {
            ApplicationName = ApplicationName,
            Pooling = false,
            // A keepalive query every few seconds notices a dead server or a cut connection while waiting.
            KeepAlive = 5,
        }.ToString();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The server restarted, the connection was cut, the database is not there yet: poll meanwhile, and retry.
                _listening = false;
                logger.LogWarning("Listening for change-log notifications failed ({Message}); polling until it reconnects.", e.Message);
                try
                {
                    await Task.Delay(ReconnectPause, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        _listening = false;
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        connection.Notification += (_, e) => applier.Notified(e.Payload);
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {ChangeLog.NotifyChannel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        _listening = true;
        applier.Wake();
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }
}
