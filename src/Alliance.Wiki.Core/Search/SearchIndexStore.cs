using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// The Lucene index on disk (<c>Wiki:SearchIndexPath</c>): one <see cref="IndexWriter"/> per process and
/// near-real-time searchers from a <see cref="SearcherManager"/>, both scoring with BM25. The folder holds generations
/// (<c>g-…/</c>) and a <c>current</c> file naming the one in use, so a rebuild fills a fresh generation and replaces the
/// old one only when complete. Only the process holding <c>owner.lock</c> writes: a second process (an operator
/// verb while the server runs) sees the lock taken and leaves the change log to the server.
/// </summary>
public sealed class SearchIndexStore(SearchIndexLocation location, ILogger<SearchIndexStore> logger) : IDisposable
{
    public const string SequenceKey = "sequence";
    public const string WikiIdKey = "wiki";

    private static readonly Similarity Scoring = new BM25Similarity();
    private readonly System.Threading.Lock _gate = new();
    private readonly Dictionary<string, Generation> _building = new(StringComparer.Ordinal);
    private FileStream? _ownership;
    private Generation? _current;

    public string Folder => location.Folder;

    public SearchIndexState State { get; private set; } = SearchIndexState.Unavailable;

    /// <summary>Pages done and pages in all while a rebuild runs, for the notice searches show meanwhile.</summary>
    public (int Done, int Total) RebuildProgress { get; set; }

    /// <summary>The writer of the generation in use; only while <see cref="IsOpen"/>.</summary>
    public IndexWriter Writer => _current?.Writer ?? throw new InvalidOperationException("The search index is not open.");

    public bool IsOpen => _current is not null;

    public bool OwnsIndex => _ownership is not null;

    /// <summary>Takes the folder for this process, or answers false when another process holds it (the server, for a verb).</summary>
    public bool TryTakeOwnership()
    {
        lock (_gate)
        {
            if (_ownership is not null)
            {
                return true;
            }

            System.IO.Directory.CreateDirectory(Folder);
            try
            {
                // FileShare.None is an exclusive flock on Linux, released by the kernel however the process ends.
                _ownership = new FileStream(Path.Combine(Folder, "owner.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return true;
            }
            catch (IOException)
            {
                return false;
            }
        }
    }

    /// <summary>Opens the current generation; null (and a reason in the log) when it is missing or unreadable.</summary>
    public IndexCommitInfo? TryOpen()
    {
        lock (_gate)
        {
            if (!OwnsIndex)
            {
                throw new InvalidOperationException("Take ownership of the index folder before opening it.");
            }

            var name = CurrentName();
            if (name is null || !System.IO.Directory.Exists(Path.Combine(Folder, name)))
            {
                logger.LogWarning("No search index in {Folder}.", Folder);
                return null;
            }

            Generation? generation = null;
            try
            {
                generation = Generation.Open(Path.Combine(Folder, name), create: false);
                var info = Info(generation.Writer);
                using (var reader = DirectoryReader.Open(generation.Directory))
                {
                    // Opening reads every segment's header and footer: a truncated or foreign file fails here.
                    _ = reader.NumDocs;
                }

                _current?.Dispose();
                _current = generation;
                State = SearchIndexState.Ready;
                return info;
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or LockObtainFailedException or InvalidOperationException or IndexOutOfRangeException or ArgumentException)
            {
                generation?.Dispose();
                logger.LogWarning(e, "The search index in {Folder} cannot be read; it will be rebuilt.", Path.Combine(Folder, name));
                return null;
            }
        }
    }

    /// <summary>Marks the index unusable (it follows another database, or is ahead of this one) until a rebuild replaces it.</summary>
    public void Discard()
    {
        lock (_gate)
        {
            _current?.Dispose();
            _current = null;
            State = SearchIndexState.Unavailable;
        }
    }

    public void MarkRebuilding()
    {
        if (State != SearchIndexState.Ready)
        {
            State = SearchIndexState.Rebuilding;
        }
    }

    /// <summary>A searcher on the latest applied changes, or null when the index cannot answer. Release it with <see cref="Release"/>.</summary>
    public (SearcherManager Manager, IndexSearcher Searcher)? Acquire()
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var generation = _current;
            if (generation is null || State != SearchIndexState.Ready)
            {
                return null;
            }

            try
            {
                return (generation.Searchers, generation.Searchers.Acquire());
            }
            catch (ObjectDisposedException)
            {
                // A rebuild replaced the generation between reading it and acquiring: take the new one.
            }
        }

        return null;
    }

    public static void Release((SearcherManager Manager, IndexSearcher Searcher) lease) => lease.Manager.Release(lease.Searcher);

    /// <summary>
    /// A bulk import's writing (<c>true</c>) or everyday saves' (<c>false</c>): in bulk the writer buffers up to
    /// <see cref="Generation.BulkBufferMB"/> of documents before it flushes a segment, so that 100,000 pages make a handful
    /// of segments that need no merging, rather than fifteen (every segment costs each search a term lookup per field).
    /// Those segments are written as plain files, not packed into a compound file: packing copies every byte of a flush
    /// once more (Lucene's advice for batch indexing with a large buffer), and a handful of segments need no packing.
    /// </summary>
    public void WriteInBulk(bool bulk)
    {
        if (_current is { } current)
        {
            current.Writer.Config.RAMBufferSizeMB = bulk ? Generation.BulkBufferMB : Generation.BufferMB;
            current.Writer.Config.UseCompoundFile = !bulk;
        }
    }

    /// <summary>Makes applied changes visible to searches (a near-real-time reopen; no fsync).</summary>
    public void Refresh() => _current?.Searchers.MaybeRefreshBlocking();

    /// <summary>Makes applied changes durable, recording the last sequence applied and the database followed.</summary>
    public void Commit(long sequence, string wikiId) => Commit(Writer, sequence, wikiId);

    /// <summary>A fresh, empty generation for a rebuild; nothing reads it until <see cref="Replace"/>.</summary>
    public IndexWriter CreateGeneration(out string name)
    {
        name = "g-" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        var generation = Generation.Open(Path.Combine(Folder, name), create: true);
        lock (_gate)
        {
            _building.Add(name, generation);
        }

        return generation.Writer;
    }

    /// <summary>Serves the rebuilt generation from now on and deletes the one it replaces.</summary>
    public void Replace(string name)
    {
        Generation? old;
        lock (_gate)
        {
            if (!_building.Remove(name, out var generation))
            {
                throw new InvalidOperationException($"No generation {name} is being built.");
            }

            var pointer = Path.Combine(Folder, "current");
            File.WriteAllText(pointer + ".new", name);
            File.Move(pointer + ".new", pointer, overwrite: true);
            // Its searchers were opened empty, before the build: they must see what was built.
            generation.Searchers.MaybeRefreshBlocking();
            old = _current;
            _current = generation;
            State = SearchIndexState.Ready;
        }

        old?.Dispose();
        DeleteOtherGenerations(name);
    }

    /// <summary>Abandons a rebuild (its generation is deleted).</summary>
    public void Abandon(string name)
    {
        lock (_gate)
        {
            if (_building.Remove(name, out var generation))
            {
                generation.Dispose();
            }
        }

        TryDelete(Path.Combine(Folder, name));
    }

    public static void Commit(IndexWriter writer, long sequence, string wikiId)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.SetCommitData(new Dictionary<string, string>
        {
            [SequenceKey] = sequence.ToString(CultureInfo.InvariantCulture),
            [WikiIdKey] = wikiId,
        });
        writer.Commit();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var generation in _building.Values)
            {
                generation.Dispose();
            }

            _building.Clear();
            _current?.Dispose();
            _current = null;
            _ownership?.Dispose();
            _ownership = null;
            State = SearchIndexState.Unavailable;
        }
    }

    private static IndexCommitInfo Info(IndexWriter writer)
    {
        var data = writer.CommitData;
        return new IndexCommitInfo(
            data.TryGetValue(SequenceKey, out var sequence) && long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : -1,
            data.TryGetValue(WikiIdKey, out var wiki) ? wiki : string.Empty);
    }

    private string? CurrentName()
    {
        var pointer = Path.Combine(Folder, "current");
        return File.Exists(pointer) ? File.ReadAllText(pointer).Trim() is { Length: > 0 } name && !name.Contains('/', StringComparison.Ordinal) ? name : null : null;
    }

    private void DeleteOtherGenerations(string keep)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(Folder, "g-*"))
        {
            var name = Path.GetFileName(folder);
            bool building;
            lock (_gate)
            {
                building = _building.ContainsKey(name);
            }

            if (name != keep && !building)
            {
                TryDelete(folder);
            }
        }
    }

    private void TryDelete(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not delete the old search index {Folder}.", folder);
        }
    }

    /// <summary>One generation's directory, writer and searchers, closed together.</summary>
    private sealed class Generation : IDisposable
    {
        /// <summary>Segments (flushed or merged) up to this size stay in memory until a commit; at most this much in all.</summary>
        private const double MaxCachedMergeMB = 4;

        private const double MaxCachedMB = 16;

        /// <summary>Documents buffered in memory before a segment is flushed: everyday, and during a bulk import.</summary>
        public const double BufferMB = 48;

        public const double BulkBufferMB = 320;

        private Generation(LuceneDirectory directory, IndexWriter writer)
        {
            Directory = directory;
            Writer = writer;
            Searchers = new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory());
        }

        public LuceneDirectory Directory { get; }

        public IndexWriter Writer { get; }

        public SearcherManager Searchers { get; }

        public static Generation Open(string path, bool create)
        {
            // Memory-mapped (without Lucene.Net's tracking of clones, see MappedDirectory): the operating system caches
            // the files, and reading a hit's doc values costs no system call.
            // Every save's refresh flushes a one-page segment: NRTCachingDirectory keeps such small segments (and small
            // merges of them) in memory until a commit writes them out, so a refresh creates no files.
            var directory = new NRTCachingDirectory(new MappedDirectory(new DirectoryInfo(path)), MaxCachedMergeMB, MaxCachedMB);
            try
            {
                if (!create && !DirectoryReader.IndexExists(directory))
                {
                    throw new IOException($"No index in {path}.");
                }

                var config = new IndexWriterConfig(WikiAnalyzer.Version, WikiAnalyzer.Instance)
                {
                    OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
                    Similarity = Scoring,
                    RAMBufferSizeMB = BufferMB,
                };
                return new Generation(directory, new IndexWriter(directory, config));
            }
            catch
            {
                directory.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            Searchers.Dispose();
            Writer.Dispose();
            Directory.Dispose();
        }
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Scoring };
    }
}
