using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Storage.Copying;

/// <summary>
/// Copies a whole wiki into an empty PostgreSQL database: the schema by the PostgreSQL migrations, then every table of
/// <see cref="CopiedTables"/> with its ids, then each identity sequence past the highest id (and the change log's past
/// its high-water mark, pruned rows included), all in one transaction so that a failed copy leaves no rows behind.
/// </summary>
public static class DatabaseCopier
{
    /// <summary>Why <paramref name="target"/> cannot take a copy (it holds a wiki, or tables that are not a wiki's), or null when it is empty. Reads only.</summary>
    public static async Task<string?> TargetProblemAsync(WikiStore target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.IsSqlite)
        {
            return "copy-database copies into PostgreSQL; the target is a SQLite file.";
        }

        // Checked before migrating, so that a refused target is not touched at all.
        await using var db = WikiDatabase.Open(target);
        return await db.ReadAsync(async () =>
        {
            var present = await db.Command("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
                .ListAsync(r => r.GetString(0), cancellationToken);
            var ours = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Append("__EFMigrationsHistory").ToHashSet(StringComparer.Ordinal);
            var foreign = present.Where(t => !ours.Contains(t)).Order(StringComparer.Ordinal).ToList();
            if (foreign.Count > 0)
            {
                return $"{target.Describe()} is not empty: it holds tables that are not the wiki's ({string.Join(", ", foreign)}). Copy into a new, empty database (createdb NAME).";
            }

            var rows = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var table in present.Where(t => t is not "__EFMigrationsHistory" and not "wiki_identity"))
            {
                var count = await db.Command($"""SELECT count(*) FROM "{table}" """).ScalarAsync(cancellationToken);
                if (count > 0)
                {
                    rows[table] = count;
                }
            }

            return rows.Count == 0
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"{target.Describe()} already holds a wiki: {rows.GetValueOrDefault("pages")} pages, {rows.GetValueOrDefault("AspNetUsers")} accounts, rows in {rows.Count} tables. copy-database copies only into an empty database; nothing was changed.");
        }, cancellationToken);
    }

    /// <summary>Copies <paramref name="source"/> into the empty PostgreSQL <paramref name="target"/>; reports rows done of rows in all.</summary>
    public static async Task CopyAsync(WikiStore source, WikiStore target, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (await TargetProblemAsync(target, cancellationToken) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        await using var from = WikiDatabase.Open(source);
        await using var to = WikiDatabase.Open(target);
        await WikiDatabase.MigrateAsync(to, cancellationToken);
        // One read transaction sees the source at one moment (SQLite's WAL), even if a wiki still serves it.
        await using var snapshot = await from.Database.BeginTransactionAsync(cancellationToken);
        var total = 0;
        foreach (var table in CopiedTables.All)
        {
            total += await table.CountAsync(from, cancellationToken);
        }

        var done = 0;
        progress?.Report((0, total));
        await using var write = await to.Database.BeginTransactionAsync(cancellationToken);
        // Migrating gave the new database an identity of its own; it takes the source's, which the index records.
        await to.Identity.ExecuteDeleteAsync(cancellationToken);
        foreach (var table in CopiedTables.All)
        {
            await table.CopyAsync(from, to, rows => progress?.Report((done += rows, total)), cancellationToken);
        }

        await SetSequencesAsync(from, to, cancellationToken);
        await write.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Rows were inserted with their ids, which identity columns do not count: each sequence is set to the highest id,
    /// or to the source's own mark when higher (SQLite's AUTOINCREMENT remembers pruned change-log rows).
    /// </summary>
    private static async Task SetSequencesAsync(WikiDbContext from, WikiDbContext to, CancellationToken cancellationToken)
    {
        var marks = (await from.Command("SELECT name, seq FROM sqlite_sequence").ListAsync(r => (Table: r.GetString(0), Mark: r.GetInt64(1)), cancellationToken))
            .ToDictionary(m => m.Table, m => m.Mark, StringComparer.Ordinal);
        var identities = await to.Command("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'")
            .ListAsync(r => (Table: r.GetString(0), Column: r.GetString(1)), cancellationToken);
        foreach (var (table, column) in identities)
        {
            var highest = await to.Command($"""SELECT coalesce(max("{column}"), 0) FROM "{table}" """).ScalarAsync(cancellationToken);
            var mark = Math.Max(highest, marks.GetValueOrDefault(table));
            if (mark > 0)
            {
                // Called with the value itself: the next id is mark + 1, and pg_sequences shows the mark as the last one issued.
                await to.Command("SELECT setval(pg_get_serial_sequence(@table, @column), @mark)")
                    .With("@table", $"\"{table}\"").With("@column", column).With("@mark", mark)
                    .ScalarAsync(cancellationToken);
            }
        }
    }
}
