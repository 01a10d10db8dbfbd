using System.Diagnostics;
using Alliance.Wiki.Core.Indexing;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Corpus;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alliance.Wiki.Benchmarks;

/// <summary>
/// A search index of the shipped content/ plus N generated articles, rendered and indexed exactly as the change log's
/// applier indexes them (SearchIndexParticipant.Document): a database file (the suggestion names) and its Lucene
/// folder (<see cref="IndexFolder"/>), kept between runs. The file's name carries the corpus size, the seed and the
/// builds of the index code and the generator, so a change to any builds a new one.
/// </summary>
public static class BenchmarkCorpus
{
    public const int Seed = 20261122;

    /// <summary>The folder benchmark files are kept in between runs.</summary>
    public static string CacheFolder { get; } = Path.Combine(Path.GetTempPath(), "alliance-wiki-benchmarks");

    public static string Ensure(int generated) =>
        Given ?? Cached($"search-{generated}-{Seed}", BuildOf(typeof(LuceneSearchIndex), typeof(CorpusGenerator)), path => BuildAsync(path, generated));

    /// <summary>
    /// A wiki database made by the <c>import</c> verb, named by <c>WIKI_BENCH_DB</c> (benchmarks/suite/run.sh sets it):
    /// the benchmarks then run on it instead of building their own, and WIKI_BENCH_ARTICLES should say its size.
    /// </summary>
    public static string? Given => Environment.GetEnvironmentVariable("WIKI_BENCH_DB") is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    /// <summary>The short build ids of the assemblies holding these types: a cached file named with them is rebuilt when any changes.</summary>
    public static string BuildOf(params Type[] types) =>
        string.Concat(types.Select(t => t.Assembly).Distinct().Select(a => a.ManifestModule.ModuleVersionId.ToString("N")[..8]));

    /// <summary>
    /// The cached file <c>{name}-{build}.db</c>, built first (under another name, renamed when complete) when missing;
    /// files of the same name left by other builds are deleted then, since nothing will open them again.
    /// </summary>
    public static string Cached(string name, string build, Func<string, Task> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        var path = Path.Combine(CacheFolder, $"{name}-{build}.db");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(CacheFolder);
            foreach (var stale in Directory.EnumerateFiles(CacheFolder, $"{name}-*.db"))
            {
                File.Delete(stale);
            }

            create(path + ".building").GetAwaiter().GetResult();
            File.Move(path + ".building", path, overwrite: true);
        }

        return path;
    }

    /// <summary>The Lucene folder of a corpus database: <c>search/</c> beside a wiki's database (the wiki's default), else the file's name + <c>.search</c>.</summary>
    public static string IndexFolder(string path) =>
        Given is not null ? Path.Combine(Path.GetDirectoryName(path) ?? ".", "search") : path.Replace(".building", string.Empty, StringComparison.Ordinal) + ".search";

    /// <summary>The corpus's index, opened for searching.</summary>
    public static SearchIndexStore OpenIndex(string path)
    {
        var store = new SearchIndexStore(new SearchIndexLocation(IndexFolder(path)), NullLogger<SearchIndexStore>.Instance);
        if (!store.TryTakeOwnership() || store.TryOpen() is null)
        {
            store.Dispose();
            throw new InvalidOperationException($"No usable search index in {IndexFolder(path)} (a wiki still running on it?).");
        }

        return store;
    }

    public static WikiDbContext Open(string path)
    {
        var options = new DbContextOptionsBuilder<WikiDbContext>();
        WikiDatabase.Configure(options, path);
        return new WikiDbContext(options.Options);
    }

    private static async Task BuildAsync(string path, int generated)
    {
        File.Delete(path);
        var clock = Stopwatch.StartNew();
        var articles = Shipped().Concat(new CorpusGenerator(Seed, generated).Articles().Select(a => a.Text)).ToList();
        var renderer = new ArticleRenderer();
        var documents = new SearchDocument[articles.Count];
        await Parallel.ForAsync(0, articles.Count, async (i, cancellationToken) =>
        {
            var document = ArticleDocument.Parse(articles[i]);
            var title = document.Title ?? $"Untitled {i}";
            var rendered = await renderer.RenderAsync(document.Body, new RenderOptions(title, SectionEditLinks: true), NoPages.Instance, cancellationToken);
            documents[i] = SearchIndexParticipant.Document(i + 1, title, document.Metadata, rendered);
        });

        await using (var db = Open(path))
        {
            await IndexAsync(db, documents, IndexFolder(path));
        }

        // The file is renamed when done: its write-ahead log must be folded in and no pooled connection left on it.
        SqliteConnection.ClearAllPools();
        Console.Error.WriteLine($"\rindexed {documents.Length} articles in {clock.Elapsed.TotalSeconds:F0} s");
    }

    private static async Task IndexAsync(WikiDbContext db, SearchDocument[] documents, string indexFolder)
    {
        await WikiDatabase.MigrateAsync(db, CancellationToken.None);
        var names = new SqliteTitleSuggestions(db);
        foreach (var batch in documents.Chunk(500))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var document in batch)
            {
                await names.ReplaceAsync(document, CancellationToken.None);
            }

            await transaction.CommitAsync();
        }

        // Index folders of other builds of the same corpus go with their database files (Cached deletes those).
        var name = Path.GetFileName(indexFolder);
        foreach (var stale in Directory.EnumerateDirectories(Path.GetDirectoryName(indexFolder)!, name[..name.LastIndexOf('-')] + "-*.db.search").Append(indexFolder).Where(Directory.Exists))
        {
            Directory.Delete(stale, recursive: true);
        }

        using var store = new SearchIndexStore(new SearchIndexLocation(indexFolder), NullLogger<SearchIndexStore>.Instance);
        store.TryTakeOwnership();
        var writer = store.CreateGeneration(out var generation);
        for (var i = 0; i < documents.Length; i++)
        {
            writer.AddDocument(IndexedDocument.From(documents[i]));
            if ((i + 1) % 1000 == 0 || i + 1 == documents.Length)
            {
                Console.Error.Write($"\rindexing {i + 1}/{documents.Length}");
            }
        }

        SearchIndexStore.Commit(writer, 0, await ChangeLog.WikiIdAsync(db, CancellationToken.None));
        store.Replace(generation);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static IEnumerable<string> Shipped() =>
        ContentFolder() is { } folder ? Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText) : [];

    /// <summary>The repository's content/ folder (the shipped articles), or null when the build is not inside the repository.</summary>
    public static string? ContentFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alliance.Wiki.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        return null;
    }

    /// <summary>Rendering for the index needs no red links: every link target is treated as missing.</summary>
    private sealed class NoPages : ITitleResolver
    {
        public static NoPages Instance { get; } = new();

        public Task<IReadOnlyDictionary<string, string>> ResolveAsync(IReadOnlyCollection<string> titles, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
    }
}
