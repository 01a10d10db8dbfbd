using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alliance.Wiki.Core.Content;

/// <summary>
/// Imports content/*.md. Idempotent: an unchanged file adds nothing, a changed file adds one revision, and a file
/// whose page an editor has changed since the last import is left alone and reported.
/// Files are saved in transactions of <see cref="BatchSize"/>: one commit per file made the search index's segments
/// and the write-ahead log churn (import took 8 ms an article at 10,000). Each file has its own savepoint, so a
/// file that fails leaves nothing behind and the rest of its batch is kept.
/// </summary>
public sealed class ContentImporter(WikiDbContext db, ArticleWriter writer, IServiceScopeFactory scopes, ILogger<ContentImporter> logger)
{
    public const string Author = "content import";

    public const int BatchSize = 200;

    /// <summary>The latest revision of each page whose title has one of the keys (compiled: it runs once a file).</summary>
    private static readonly CompiledPerModel<Func<WikiDbContext, List<string>, IAsyncEnumerable<LatestRevision>>> LatestByKeys = new(() => EF.CompileAsyncQuery(
        (WikiDbContext db, List<string> keys) => db.PageNames.AsNoTracking()
            .Where(n => n.Kind == PageNameKind.Title && keys.Contains(n.Key))
            .Join(db.Revisions, n => n.Page!.LatestRevisionId, r => r.Id, (n, r) => new LatestRevision { Key = n.Key, PageId = r.PageId, Text = r.Text, Origin = r.Origin })));

    public Task<ImportReport> ImportAsync(string folder, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken) =>
        ImportAsync(folder, progress, null, cancellationToken);

    /// <param name="folder">The folder of Markdown articles.</param>
    /// <param name="progress">Files done of all.</param>
    /// <param name="bulk">The import verb's way: each batch rendered ahead, and indexed after it commits; null for the server's import at start.</param>
    /// <param name="cancellationToken">Stops between files; what committed stays.</param>
    public async Task<ImportReport> ImportAsync(string folder, IProgress<(int Done, int Total)>? progress, BulkImport? bulk, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(folder, "*.md", SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var report = new ImportReport();
        var done = 0;
        var batches = files.Chunk(BatchSize).ToList();
        await db.Database.OpenConnectionAsync(cancellationToken);
        // For the bulk of the writes, on this connection only (the pooled connection gets SQLite's defaults back after):
        // a larger page cache; the file memory-mapped, so that a page outside that cache is read without a system call
        // and a copy (the import's B-trees outgrow the cache long before 100,000 articles); and a checkpoint every
        // 64 MB of log rather than every 4 MB, which folds the many rewrites of the same index pages into one write.
        // Together they cut the commits of a 100,000-article import from 30.7 s to 19.4 s (docs/benchmarks.md).
        if (db.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-65536; PRAGMA mmap_size=4294967296; PRAGMA wal_autocheckpoint=16384;", cancellationToken);
        }

        try
        {
            // The next batch is read and parsed on the other core while this one is written.
            var next = batches.Count > 0 ? ReadAsync(batches[0], bulk is not null, cancellationToken) : null;
            for (var b = 0; b < batches.Count; b++)
            {
                var batch = await next!;
                next = b + 1 < batches.Count ? ReadAsync(batches[b + 1], bulk is not null, cancellationToken) : null;
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                foreach (var file in batch)
                {
                    await transaction.CreateSavepointAsync("import_file", cancellationToken);
                    if (!await ImportFileAsync(file, report, cancellationToken))
                    {
                        await transaction.RollbackToSavepointAsync("import_file", cancellationToken);
                    }

                    await transaction.ReleaseSavepointAsync("import_file", cancellationToken);
                    db.ChangeTracker.Clear();
                    progress?.Report((++done, files.Count));
                }

                await transaction.CommitAsync(cancellationToken);
                if (bulk is not null)
                {
                    await bulk.BatchCommitted(cancellationToken);
                }
            }
        }
        finally
        {
            if (db.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-2000; PRAGMA mmap_size=0; PRAGMA wal_autocheckpoint=1000;", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }

        logger.LogInformation("Imported {Folder}: {Report}", folder, report);
        return report;
    }

    /// <summary>
    /// Reads and parses a batch on the other core; in bulk also renders there, with a context of its own, each file whose
    /// text differs from its page's latest revision, looked up for the whole batch at once (the writer then only checks
    /// and stores: the render was a third of the writing thread's time, and an unchanged file is never saved). The lookup
    /// is a hint: the writer looks again in its transaction, and renders itself what was not rendered ahead.
    /// </summary>
    private Task<ReadFile[]> ReadAsync(string[] files, bool render, CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
            {
                var read = files.Select(ReadFile.From).ToArray();
                if (!render)
                {
                    return read;
                }

                await using var scope = scopes.CreateAsyncScope();
                var renders = scope.ServiceProvider.GetRequiredService<RenderCache>();
                var keys = read.Where(f => f.Document is not null).Select(f => WikiTitle.Key(f.Title)).ToList();
                var context = scope.ServiceProvider.GetRequiredService<WikiDbContext>();
                var latest = await LatestByKeys.For(context)(context, keys).ToDictionaryAsync(l => l.Key, l => l.Text, cancellationToken: cancellationToken);
                for (var i = 0; i < read.Length; i++)
                {
                    if (read[i] is { Document: not null, Title: var title, Text: var text } && latest.GetValueOrDefault(WikiTitle.Key(title)) != text)
                    {
                        read[i] = read[i] with { Rendered = await renders.RenderUnshownAsync(title, text, cancellationToken) };
                    }
                }

                return read;
            },
            cancellationToken);

    /// <summary>Imports one file; false when it failed and its writes must be rolled back.</summary>
    private async Task<bool> ImportFileAsync(ReadFile file, ImportReport report, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file.Path);
        if (file.Document is not { } document)
        {
            logger.LogError("Skipped {File}: {Reason}", name, file.Problem);
            report.Failed.Add(name);
            return false;
        }

        var (title, text) = (file.Title, file.Text);
        var key = WikiTitle.Key(title);
        var latest = await LatestByKeys.For(db)(db, [key]).FirstOrDefaultAsync(cancellationToken);
        if (latest?.Text == text)
        {
            report.Unchanged.Add(name);
            return true;
        }

        if (latest?.Origin == RevisionOrigin.Editor)
        {
            var lastImport = await db.Revisions.AsNoTracking()
                .Where(r => r.PageId == latest.PageId && r.Origin == RevisionOrigin.Import)
                .OrderByDescending(r => r.Id).Select(r => r.Text).FirstOrDefaultAsync(cancellationToken);
            if (lastImport == text)
            {
                report.Unchanged.Add(name);
            }
            else
            {
                logger.LogWarning("{File} changed, but '{Title}' has editor revisions since the last import: the file is not imported. Export the page or merge by hand.", name, title);
                report.KeptEditorRevisions.Add(name);
            }

            return true;
        }

        try
        {
            var outcome = await writer.SaveAsync(
                new SaveCommand(title, document, Author, latest is null ? "Imported from content/" : "Updated from content/", false, RevisionOrigin.Import)
                {
                    RenderedAhead = file.Rendered,
                },
                cancellationToken);
            (outcome.Created ? report.Created : report.Updated).Add(name);
            return true;
        }
        catch (ArgumentException e)
        {
            logger.LogError("Skipped {File}: {Reason}", name, e.Message);
            report.Failed.Add(name);
            return false;
        }
    }

    /// <summary>
    /// A file parsed, with the title it saves under and its revision's text (the document without its title line), or
    /// why it cannot be imported (it does not parse, or its title is refused); in bulk, its render.
    /// </summary>
    private sealed record ReadFile(string Path, string? Problem, ArticleDocument? Document = null, string Title = "", string Text = "")
    {
        public RenderedArticle? Rendered { get; init; }

        public static ReadFile From(string path)
        {
            ArticleDocument document;
            try
            {
                document = ArticleDocument.Parse(File.ReadAllText(path));
            }
            catch (FormatException e)
            {
                return new ReadFile(path, e.Message);
            }

            var title = WikiTitle.Normalize(document.Title ?? System.IO.Path.GetFileNameWithoutExtension(path));
            return WikiTitle.Problem(title) is { } problem
                ? new ReadFile(path, problem)
                : new ReadFile(path, null, document, title, document.ToText(includeTitle: false));
        }
    }

    private sealed class LatestRevision
    {
        public required string Key { get; init; }

        public required long PageId { get; init; }

        public required string Text { get; init; }

        public required RevisionOrigin Origin { get; init; }
    }
}
