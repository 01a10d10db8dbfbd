using System.Collections.Concurrent;
using System.Diagnostics;
using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using Lucene.Net.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Core.Indexing;

/// <summary>
/// Applies the change log to the Lucene index after commit: the rows after the index's sequence, coalesced by page,
/// each page indexed as its latest revision is now (so a replay is harmless); then a near-real-time refresh, and a
/// durable commit at most every second that records the sequence. All writes to the index pass through here, one at
/// a time. On start it checks the index against the database and replays or rebuilds.
/// </summary>
public sealed class ChangeLogApplier(
    IServiceScopeFactory scopes,
    SearchIndexStore store,
    IOptions<IndexingOptions> options,
    TimeProvider clock,
    IEnumerable<IChangeLogObserver> observers,
    ILogger<ChangeLogApplier> logger) : IDisposable
{
    private const int BatchRows = 2000;
    private const int RebuildChunk = 200;

    /// <summary>A bound on documents offered and not yet applied (a follower stuck behind a long rebuild must not hoard them).</summary>
    private const int MaxOffered = 1000;

    private readonly IChangeLogObserver[] _observers = [.. observers];

    /// <summary>Documents this node's own saves built, by the sequence of their row, until that row is applied.</summary>
    private readonly ConcurrentDictionary<long, SearchDocument> _offered = new();

    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private TaskCompletionSource _appliedChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _applied = -1;
    private long _committed = -1;
    private string _wikiId = string.Empty;
    private long _lastCommit;
    private bool _rebuildNeeded;
    private volatile bool _bulk;

    /// <summary>The last sequence whose changes searches see (during a bulk import: written to the index, seen once it ends).</summary>
    public long Applied => Volatile.Read(ref _applied);

    /// <summary>
    /// True once the index has applied every row the log held, at least once since this process started (the
    /// readiness /healthz reports): a node that is still building or replaying is not ready for readers.
    /// </summary>
    public bool HasCaughtUp { get; private set; }

    /// <summary>True while this process follows the log into a usable index: only then is waiting for a change worth it.</summary>
    public bool IsFollowing => store.OwnsIndex && store.State == SearchIndexState.Ready;

    /// <summary>True between <see cref="BeginBulk"/> and <see cref="EndBulk"/>.</summary>
    public bool InBulk => _bulk;

    /// <summary>Whether this process holds the index: it follows the log already, or it could take the index now (<see cref="OpenAsync"/>).</summary>
    public async Task<bool> HoldsIndexAsync(CancellationToken cancellationToken) => IsFollowing || await OpenAsync(cancellationToken);

    /// <summary>
    /// A bulk import begins in a process with no readers (<see cref="BulkIndexing"/>): until <see cref="EndBulk"/>, batches
    /// are written to the index without the near-real-time refresh after each (a refresh flushes a segment, and an import's
    /// batches of 200 pages made hundreds of small segments to merge), into a larger buffer, and without telling the observers.
    /// </summary>
    public void BeginBulk()
    {
        _bulk = true;
        store.WriteInBulk(true);
    }

    /// <summary>
    /// The bulk import ended: one refresh makes all it wrote searchable (flushing its last segment, still with the bulk
    /// settings), and every cached page is forgotten, as after a rebuild.
    /// </summary>
    public void EndBulk()
    {
        _bulk = false;
        store.Refresh();
        store.WriteInBulk(false);
        Tell(new AppliedChanges([], NamesChanged: true));
    }

    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already awake.
            }
        }
    }

    /// <summary>
    /// A notification of a change-log row (its sequence, as text): wakes the follower unless the row is applied already
    /// or is one of this node's own offered saves, whose commit woke it (a notification is only ever a hint to read).
    /// </summary>
    public void Notified(string? payload)
    {
        if (long.TryParse(payload, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sequence)
            && (sequence <= Applied || _offered.ContainsKey(sequence)))
        {
            return;
        }

        Wake();
    }

    /// <summary>
    /// Documents that committed saves built, by the sequence of their row: the applier indexes a page from one of them
    /// instead of reading its latest revision back when that row is the page's latest in the batch (saves commit in
    /// sequence order, so the page is then exactly as that save left it). Anything not offered is read from the database.
    /// </summary>
    public void Offer(IReadOnlyDictionary<long, SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (!IsFollowing || _offered.Count >= MaxOffered)
        {
            return;
        }

        foreach (var (sequence, document) in documents)
        {
            if (sequence > Applied)
            {
                _offered[sequence] = document;
            }
        }
    }

    /// <summary>Waits until the sequence is applied, at most the timeout; answers false when it was not (or nobody follows here).</summary>
    public async Task<bool> WaitForAsync(long sequence, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clockStart = Stopwatch.GetTimestamp();
        while (Applied < sequence)
        {
            var signal = Volatile.Read(ref _appliedChanged).Task;
            if (Applied >= sequence)
            {
                break;
            }

            var left = timeout - Stopwatch.GetElapsedTime(clockStart);
            if (!IsFollowing || left <= TimeSpan.Zero)
            {
                return false;
            }

            await Task.WhenAny(signal, Task.Delay(left, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }

        return true;
    }

    /// <summary>
    /// Takes the index for this process and checks it against the database: missing, unreadable, written for another
    /// database, ahead of it (a restored backup) or behind a pruned log means a rebuild; otherwise the changes after its
    /// sequence are replayed. Answers false when another process owns the index.
    /// </summary>
    public async Task<bool> OpenAsync(CancellationToken cancellationToken)
    {
        if (!store.TryTakeOwnership())
        {
            return false;
        }

        await _writing.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WikiDbContext>();
            _wikiId = await ChangeLog.WikiIdAsync(db, cancellationToken);
            var (highest, lowest) = await ChangeLog.BoundsAsync(db, cancellationToken);
            var info = store.IsOpen ? new IndexCommitInfo(_committed, _wikiId) : store.TryOpen();
            var problem = info is null ? "missing or unreadable"
                : info.WikiId != _wikiId ? "written for another database"
                : info.Sequence > highest ? $"ahead of the database (sequence {info.Sequence} > {highest}: restored from an older backup?)"
                : lowest > 1 && info.Sequence < lowest - 1 ? $"behind the change log's oldest row ({info.Sequence} < {lowest - 1})"
                : null;
            if (problem is not null)
            {
                logger.LogWarning("The search index in {Folder} is {Problem}: it will be rebuilt from the database.", store.Folder, problem);
                store.Discard();
                store.MarkRebuilding();
                _rebuildNeeded = true;
                return true;
            }

            _committed = info!.Sequence;
            Publish(info.Sequence);
            _lastCommit = clock.GetTimestamp();
            return true;
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>
    /// Follows the log until stopped: rebuilds when needed, applies what others wrote, commits in batches. A durable
    /// commit (10–45 ms, with the index held) waits for a quiet poll interval, so that a burst of saves does not queue
    /// behind one; during a burst that never pauses it happens at the latest after <see cref="IndexingOptions.CommitLatestSeconds"/>.
    /// </summary>
    public async Task FollowAsync(CancellationToken stoppingToken)
    {
        var lastPrune = DateTime.MinValue;
        var woken = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_rebuildNeeded)
                {
                    await RebuildAsync(null, stoppingToken);
                }

                await ApplyAsync(untilEmpty: false, stoppingToken);
                if (!woken || clock.GetElapsedTime(_lastCommit) >= TimeSpan.FromSeconds(options.Value.CommitLatestSeconds))
                {
                    await CommitIfDueAsync(force: false, stoppingToken);
                }
                if (clock.GetUtcNow().UtcDateTime - lastPrune > TimeSpan.FromHours(1))
                {
                    lastPrune = clock.GetUtcNow().UtcDateTime;
                    await using var scope = scopes.CreateAsyncScope();
                    await ChangeLog.PruneAsync(scope.ServiceProvider.GetRequiredService<WikiDbContext>(), lastPrune - TimeSpan.FromDays(options.Value.RetentionDays), stoppingToken);
                }

                woken = await _wake.WaitAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Whatever failed (a busy database, a broken index), the follower must keep following: log it and try
                // again in a second; an index that broke is rebuilt.
                logger.LogError(e, "Applying the change log to the search index failed; retrying.");
                if (e is CorruptIndexException or ObjectDisposedException)
                {
                    store.Discard();
                    store.MarkRebuilding();
                    _rebuildNeeded = true;
                }

                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    // Stopped while waiting to retry (a host stopped in the middle of a rebuild): stop like any other time.
                    break;
                }
            }
        }

        try
        {
            await CommitIfDueAsync(force: true, CancellationToken.None);
        }
        catch (ObjectDisposedException e)
        {
            // The index closed under the last commit (the host disposing it): the next start replays from the last one.
            logger.LogWarning(e, "The search index closed before its last commit; the next start replays the change log.");
        }
    }

    /// <summary>Applies every row after the applied sequence; answers how many rows were read.</summary>
    public Task<int> ApplyPendingAsync(CancellationToken cancellationToken) => ApplyAsync(untilEmpty: true, cancellationToken);

    /// <summary>
    /// Applies the rows after the applied sequence. Until empty, it reads the log again after each batch; the follower
    /// stops after a run of its own offered saves instead, since whatever committed meanwhile woke it again (this node's
    /// commits and other nodes' notifications do, and the poll catches the rest), and a read of the log there would
    /// only ever find nothing at the cost of a query per save.
    /// </summary>
    private async Task<int> ApplyAsync(bool untilEmpty, CancellationToken cancellationToken)
    {
        var total = 0;
        await _writing.WaitAsync(cancellationToken);
        try
        {
            while (store.IsOpen && !_rebuildNeeded)
            {
                await using var scope = scopes.CreateAsyncScope();
                var run = OfferedRun();
                var rows = run ?? await ChangeLog.AfterAsync(scope.ServiceProvider.GetRequiredService<WikiDbContext>(), Applied, BatchRows, cancellationToken);
                if (rows.Count == 0)
                {
                    HasCaughtUp = true;
                    break;
                }

                if (rows.Any(r => r.Kind == ChangeKind.Rebuild))
                {
                    logger.LogInformation("The change log asks for a rebuild of the search index.");
                    _rebuildNeeded = true;
                    break;
                }

                var (documents, gone) = await DocumentsAsync(rows, scope.ServiceProvider, cancellationToken);
                var changes = _bulk ? null : Changes(documents, gone);
                var writer = store.Writer;
                foreach (var document in documents)
                {
                    writer.UpdateDocument(IndexedDocument.PageTerm(document.PageId), IndexedDocument.From(document));
                }

                foreach (var id in gone)
                {
                    writer.DeleteDocuments(IndexedDocument.PageTerm(id));
                }

                if (!_bulk)
                {
                    store.Refresh();
                }

                Publish(rows[^1].Sequence);
                Forget(rows[^1].Sequence);
                Tell(changes);
                total += rows.Count;
                if (run is not null && !untilEmpty)
                {
                    break;
                }
            }
        }
        finally
        {
            _writing.Release();
        }

        if (_rebuildNeeded)
        {
            await RebuildAsync(null, cancellationToken);
            total += await ApplyPendingAsync(cancellationToken);
        }

        return total;
    }

    /// <summary>
    /// Builds a fresh generation from every page's latest revision and serves it once complete (the old one, if it was
    /// usable, answers searches meanwhile); then the changes written during the build are replayed.
    /// </summary>
    public async Task<int> RebuildAsync(IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        string? generation = null;
        try
        {
            store.MarkRebuilding();
            var started = Stopwatch.GetTimestamp();
            List<long> pages;
            long sequence;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<WikiDbContext>();
                _wikiId = await ChangeLog.WikiIdAsync(db, cancellationToken);

                // The sequence is read before the pages: a change written meanwhile is replayed afterwards, harmlessly.
                sequence = await ChangeLog.HighestAsync(db, cancellationToken);
                pages = await scope.ServiceProvider.GetRequiredService<PageDocuments>().AllAsync(cancellationToken);
            }

            var writer = store.CreateGeneration(out generation);
            logger.LogInformation("Rebuilding the search index: {Pages} pages into {Generation}.", pages.Count, generation);
            var nextLog = pages.Count / 10;
            for (var done = 0; done < pages.Count;)
            {
                await using var scope = scopes.CreateAsyncScope();
                var chunk = pages.Skip(done).Take(RebuildChunk).ToList();
                var (documents, _) = await scope.ServiceProvider.GetRequiredService<PageDocuments>().LoadAsync(chunk, cancellationToken);
                foreach (var document in documents)
                {
                    writer.AddDocument(IndexedDocument.From(document));
                }

                done += chunk.Count;
                store.RebuildProgress = (done, pages.Count);
                progress?.Report((done, pages.Count));
                if (done >= nextLog && done < pages.Count)
                {
                    logger.LogInformation("Rebuilding the search index: {Done} of {Pages} pages.", done, pages.Count);
                    nextLog += Math.Max(1, pages.Count / 10);
                }
            }

            if (pages.Count == 0)
            {
                progress?.Report((0, 0));
            }

            SearchIndexStore.Commit(writer, sequence, _wikiId);
            store.Replace(generation);
            generation = null;
            _committed = sequence;
            _lastCommit = clock.GetTimestamp();
            _rebuildNeeded = false;
            Publish(sequence);
            Forget(sequence);

            // What changed during the rebuild is not known page by page: every cached page is forgotten.
            Tell(new AppliedChanges([], NamesChanged: true));
            logger.LogInformation("Rebuilt the search index: {Pages} pages in {Seconds:F1} s.", pages.Count, Stopwatch.GetElapsedTime(started).TotalSeconds);
            return pages.Count;
        }
        finally
        {
            if (generation is not null)
            {
                store.Abandon(generation);
            }

            _writing.Release();
        }
    }

    /// <summary>Makes what was applied durable: at once when forced, else when the last commit is older than the setting.</summary>
    public async Task CommitIfDueAsync(bool force, CancellationToken cancellationToken)
    {
        if (Applied == _committed || !store.IsOpen)
        {
            return;
        }

        if (!force && clock.GetElapsedTime(_lastCommit) < TimeSpan.FromSeconds(options.Value.CommitSeconds))
        {
            return;
        }

        await _writing.WaitAsync(cancellationToken);
        try
        {
            var sequence = Applied;
            store.Commit(sequence, _wikiId);
            _committed = sequence;
            _lastCommit = clock.GetTimestamp();
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>
    /// The semaphores are left to the collector: the follower's last commit may still be finishing when the host disposes
    /// its services (a host stopped twice), and a SemaphoreSlim whose wait handle is never taken holds nothing to free.
    /// </summary>
    public void Dispose()
    {
    }

    /// <summary>
    /// What the batch changes, read from the index before it is replaced: each page's old and new titles, and whether
    /// any name came or went. Without a usable searcher (a rebuild) every name counts as changed.
    /// </summary>
    private AppliedChanges? Changes(List<SearchDocument> documents, List<long> gone)
    {
        if (_observers.Length == 0)
        {
            return null;
        }

        var lease = store.Acquire();
        if (lease is not { } held)
        {
            return new AppliedChanges([.. documents.Select(d => d.Title)], NamesChanged: true);
        }

        try
        {
            var titles = new HashSet<string>(StringComparer.Ordinal);
            var namesChanged = false;
            foreach (var document in documents)
            {
                var before = IndexedNames.Find(held.Searcher, document.PageId);
                titles.Add(document.Title);
                if (before is not null)
                {
                    titles.Add(before[0]);
                }

                namesChanged |= before is null || !before.SequenceEqual(IndexedNames.Of(document), StringComparer.Ordinal);
            }

            foreach (var id in gone)
            {
                if (IndexedNames.Find(held.Searcher, id) is { } before)
                {
                    titles.Add(before[0]);
                    namesChanged = true;
                }
            }

            return new AppliedChanges([.. titles], namesChanged);
        }
        finally
        {
            SearchIndexStore.Release(held);
        }
    }

    /// <summary>Each page of the batch as its latest row left it: from the document its save offered, else read from the database.</summary>
    private async Task<(List<SearchDocument> Documents, List<long> Gone)> DocumentsAsync(
        List<(long Sequence, long? PageId, ChangeKind Kind)> rows, IServiceProvider services, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<long, long>();
        foreach (var (sequence, pageId, _) in rows)
        {
            if (pageId is long id)
            {
                latest[id] = sequence;
            }
        }

        var offered = new List<SearchDocument>();
        var unknown = new List<long>();
        foreach (var (pageId, sequence) in latest)
        {
            if (_offered.TryGetValue(sequence, out var document) && document.PageId == pageId)
            {
                offered.Add(document);
            }
            else
            {
                unknown.Add(pageId);
            }
        }

        if (unknown.Count == 0)
        {
            return (offered, []);
        }

        // Resolved only now: its context costs a fifth of a millisecond to make, and a run of offered saves needs none.
        var (documents, gone) = await services.GetRequiredService<PageDocuments>().LoadAsync(unknown, cancellationToken);
        documents.AddRange(offered);
        return (documents, gone);
    }

    /// <summary>
    /// The rows right after the applied sequence when this node's own saves offered every one of them, in an unbroken
    /// run: then nothing else can lie between (sequences are unique, and a row written elsewhere, a protection change
    /// or a rolled-back save's number breaks the run), and the saver's wait needs no read of the log. Null otherwise;
    /// what committed after the run is read from the log at the next batch or the next wake.
    /// </summary>
    private List<(long Sequence, long? PageId, ChangeKind Kind)>? OfferedRun()
    {
        var rows = new List<(long Sequence, long? PageId, ChangeKind Kind)>();
        for (var sequence = Applied + 1; rows.Count < BatchRows && _offered.TryGetValue(sequence, out var document); sequence++)
        {
            rows.Add((sequence, document.PageId, ChangeKind.Saved));
        }

        return rows.Count == 0 ? null : rows;
    }

    /// <summary>Drops the offered documents of rows applied (or passed over by a rebuild).</summary>
    private void Forget(long applied)
    {
        foreach (var sequence in _offered.Keys)
        {
            if (sequence <= applied)
            {
                _offered.TryRemove(sequence, out _);
            }
        }
    }

    private void Tell(AppliedChanges? changes)
    {
        if (changes is null)
        {
            return;
        }

        foreach (var observer in _observers)
        {
            observer.Applied(changes);
        }
    }

    private void Publish(long sequence)
    {
        Volatile.Write(ref _applied, sequence);
        Interlocked.Exchange(ref _appliedChanged, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
