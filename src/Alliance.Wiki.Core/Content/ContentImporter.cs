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

    public async Task<ImportReport> ImportAsync(string folder, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(folder, "*.md", SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var report = new ImportReport();
        var done = 0;
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-65536;", cancellationToken);
        foreach (var batch in files.Chunk(BatchSize))
        {
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
        }

        logger.LogInformation("Imported {Folder}: {Report}", folder, report);
        return report;
    }

    /// <summary>Imports one file; false when it failed and its writes must be rolled back.</summary>
    private async Task<bool> ImportFileAsync(string file, ImportReport report, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        ArticleDocument document;
        try
        {
            document = ArticleDocument.Parse(await File.ReadAllTextAsync(file, cancellationToken));
        }
        catch (FormatException e)
        {
            logger.LogError("Skipped {File}: {Reason}", name, e.Message);
            report.Failed.Add(name);
            return false;
        }

        var title = WikiTitle.Normalize(document.Title ?? Path.GetFileNameWithoutExtension(file));
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
}
