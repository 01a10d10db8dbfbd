using System.Diagnostics;
using Alliance.Wiki.Core;
using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Corpus;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Benchmarks;

/// <summary>
/// A whole wiki database: the shipped content/ plus N generated articles, imported by the real importer as the
/// <c>import</c> verb drives it (one context, every save with its links, categories, render and search rows). Kept in
/// the temp folder between runs; its name carries N, the seed and the builds of Core and the generator.
/// </summary>
public static class WikiBenchmarkDatabase
{
    public static string Ensure(int generated) =>
        BenchmarkCorpus.Given ?? BenchmarkCorpus.Cached(
            $"wiki-{generated}-{BenchmarkCorpus.Seed}", BenchmarkCorpus.BuildOf(typeof(ContentImporter), typeof(CorpusGenerator)), path => BuildAsync(path, generated));

    /// <summary>
    /// A copy of the database for one run to change, in the cache folder (made here: a database given by
    /// <c>WIKI_BENCH_DB</c> leaves it unmade); the database copied stays as it was.
    /// </summary>
    public static string CopyOf(string path)
    {
        Directory.CreateDirectory(BenchmarkCorpus.CacheFolder);
        var copy = Path.Combine(BenchmarkCorpus.CacheFolder, $"run-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        File.Copy(path, copy);
        return copy;
    }

    /// <summary>Deletes a copy with its write-ahead log and its search index, once no pooled connection holds it.</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        if (Directory.Exists(IndexFolderOf(path)))
        {
            Directory.Delete(IndexFolderOf(path), recursive: true);
        }
    }

    /// <summary>The wiki's core services on this database file (its search index beside it), composed as the web host composes them, without HTTP.</summary>
    public static ServiceProvider Services(string path) =>
        new ServiceCollection().AddLogging().AddWikiCore(_ => path, _ => IndexFolderOf(path), new ConfigurationBuilder().Build()).BuildServiceProvider();

    /// <summary>The search index of a database these services run on: beside it, named after it.</summary>
    private static string IndexFolderOf(string path) => path + ".search";

    private static async Task BuildAsync(string path, int generated)
    {
        File.Delete(path);
        var folder = path + ".corpus";
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        try
        {
            var clock = Stopwatch.StartNew();
            new CorpusGenerator(BenchmarkCorpus.Seed, generated).WriteTo(folder);
            var written = clock.Elapsed;
            await using (var services = Services(path))
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<WikiDbContext>();
                await WikiDatabase.MigrateAsync(db, CancellationToken.None);
                var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();
                var content = BenchmarkCorpus.ContentFolder() ?? throw new InvalidOperationException("The shipped content/ folder was not found above the build.");
                var shipped = await importer.ImportAsync(content, null, CancellationToken.None);
                var progress = new Progress<(int Done, int Total)>(p =>
                {
                    if (p.Done % 500 == 0 || p.Done == p.Total)
                    {
                        Console.Error.Write($"\rimporting {p.Done}/{p.Total}");
                    }
                });
                var report = await importer.ImportAsync(folder, progress, CancellationToken.None);
                if (shipped.Failed.Count + report.Failed.Count > 0)
                {
                    throw new InvalidOperationException($"The import failed: {shipped}; {report}");
                }

                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            }

            SqliteConnection.ClearAllPools();
            Console.Error.WriteLine(
                $"\rwiki database: wrote {generated} articles in {written.TotalSeconds:F0} s, imported them and content/ in {(clock.Elapsed - written).TotalSeconds:F0} s");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
