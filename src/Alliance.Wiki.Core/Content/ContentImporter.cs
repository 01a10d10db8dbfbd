using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Alliance.Wiki.Core.Content;

/// <summary>
/// Imports content/*.md. Idempotent: an unchanged file adds nothing, a changed file adds one revision, and a file
/// whose page an editor has changed since the last import is left alone and reported.
/// Files are saved in transactions of <see cref="BatchSize"/>: one commit per file made the search index's segments
/// and the write-ahead log churn (import took 8 ms an article at 10,000). Each file has its own savepoint, so a
/// file that fails leaves nothing behind and the rest of its batch is kept.
/// </summary>
public sealed class ContentImporter(WikiDbContext db, ArticleWriter writer, ILogger<ContentImporter> logger)
{
    public const string Author = "content import";

    public const int BatchSize = 200;

    public Task<ImportReport> ImportAsync(string folder, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken) =>
        ImportAsync(folder, progress, null, cancellationToken);

    /// <param name="folder">The folder of Markdown articles.</param>
    /// <param name="progress">Files done of all.</param>
    /// <param name="batchCommitted">Called after each batch commits (the import verb indexes the batch beside the next one).</param>
    /// <param name="cancellationToken">Stops between files; what committed stays.</param>
    public async Task<ImportReport> ImportAsync(string folder, IProgress<(int Done, int Total)>? progress, Func<CancellationToken, Task>? batchCommitted, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(folder, "*.md", SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var report = new ImportReport();
        var done = 0;
        var batches = files.Chunk(BatchSize).ToList();
        await db.Database.OpenConnectionAsync(cancellationToken);
        // A larger page cache for the bulk of index updates; the pooled connection gets SQLite's default back after.
        if (db.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-65536;", cancellationToken);
        }

        try
        {
            // The next batch is read and parsed on the other core while this one is written.
            var next = batches.Count > 0 ? ReadAsync(batches[0], cancellationToken) : null;
            for (var b = 0; b < batches.Count; b++)
            {
                var batch = await next!;
                next = b + 1 < batches.Count ? ReadAsync(batches[b + 1], cancellationToken) : null;
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
                if (batchCommitted is not null)
                {
                    await batchCommitted(cancellationToken);
                }
            }
        }
        finally
        {
            if (db.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-2000;", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }

        logger.LogInformation("Imported {Folder}: {Report}", folder, report);
        return report;
    }

    private static Task<ReadFile[]> ReadAsync(string[] files, CancellationToken cancellationToken) =>
        Task.Run(() => files.Select(ReadFile.From).ToArray(), cancellationToken);

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

        var title = WikiTitle.Normalize(document.Title ?? Path.GetFileNameWithoutExtension(file.Path));
        if (WikiTitle.Problem(title) is { } problem)
        {
            logger.LogError("Skipped {File}: {Reason}", name, problem);
            report.Failed.Add(name);
            return false;
        }

        var text = document.ToText(includeTitle: false);
        var key = WikiTitle.Key(title);
        var latest = await db.PageNames.AsNoTracking()
            .Where(n => n.Key == key && n.Kind == PageNameKind.Title)
            .Join(db.Revisions, n => n.Page!.LatestRevisionId, r => r.Id, (n, r) => new { r.PageId, r.Text, r.Origin })
            .FirstOrDefaultAsync(cancellationToken);
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
                new SaveCommand(title, document, Author, latest is null ? "Imported from content/" : "Updated from content/", false, RevisionOrigin.Import),
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

    /// <summary>A file's parsed text, or why it could not be parsed.</summary>
    private sealed record ReadFile(string Path, ArticleDocument? Document, string? Problem)
    {
        public static ReadFile From(string path)
        {
            try
            {
                return new ReadFile(path, ArticleDocument.Parse(File.ReadAllText(path)), null);
            }
            catch (FormatException e)
            {
                return new ReadFile(path, null, e.Message);
            }
        }
    }
}
