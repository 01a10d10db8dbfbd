using Alliance.Wiki.Core.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Core.Indexing;

/// <summary>
/// The server's follower of the change log: at start it opens the index and catches up (a rebuild may take longer:
/// start waits a bounded time, then serves with a notice on searches until it is done); then it applies changes
/// as saves commit, and every poll interval for those written by other processes.
/// </summary>
public sealed class ChangeLogFollower(ChangeLogApplier applier, SearchIndexStore store, IOptions<IndexingOptions> options, ILogger<ChangeLogFollower> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly System.Threading.Lock _gate = new();
    private Task? _following;
    private bool _disposed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Taken now, not inside the tasks below: on a busy machine a task may first run after the host stopped and
        // disposed this service, and reading the token of a disposed source throws (CI saw that fault a host's stop).
        var stopping = _stopping.Token;
        if (!await applier.OpenAsync(cancellationToken))
        {
            // A verb (import, reindex) with no server running holds it: take it over when the verb is done.
            logger.LogWarning("Another process holds the search index in {Folder}; searches show a notice until it lets go.", store.Folder);
            _following = Task.Run(() => TakeOverAsync(stopping), CancellationToken.None);
            return;
        }

        _following = Task.Run(() => applier.FollowAsync(stopping), CancellationToken.None);
        var ready = Task.Run(async () =>
        {
            while (store.State != SearchIndexState.Ready && !_following.IsCompleted)
            {
                await Task.Delay(50, cancellationToken);
            }

            await applier.ApplyPendingAsync(cancellationToken);
        }, cancellationToken);
        if (await Task.WhenAny(ready, Task.Delay(TimeSpan.FromSeconds(options.Value.StartWaitSeconds), cancellationToken)) != ready)
        {
            logger.LogWarning("The search index is still being rebuilt; searches show a notice until it is done.");
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A test factory's dispose stops the host twice, the two at once, and disposes this service while the first
        // stop may still be cancelling: both stops wait for the same follower, and the source is cancelled (its
        // callbacks run before Cancel returns) and disposed under one lock, so a dispose can never cut the cancellation
        // short. CancelAsync queued the callbacks, and a source disposed before they ran never woke the follower: it
        // waited out its poll, and the host its 30 s shutdown timeout.
        Task? following;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _stopping.Cancel();
            following = _following;
        }

        if (following is null)
        {
            return;
        }

        try
        {
            await following.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown timeout ran out first (a busy machine; a last index commit in progress). Nothing is
            // lost: the index's last commit records its sequence, and the next start replays the log from there.
            logger.LogWarning("The search index follower did not stop within the host's shutdown timeout; the next start replays the change log.");
        }
    }

    /// <summary>A follower still running when its service is disposed (the host never stopped it) stops with it.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _stopping.Cancel();
            _stopping.Dispose();
        }
    }

    private async Task TakeOverAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!await applier.OpenAsync(stoppingToken))
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }

            logger.LogInformation("This process now holds the search index in {Folder}.", store.Folder);
            await applier.FollowAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before the other process let go.
        }
    }
}
