namespace Alliance.Wiki.Core.Storage;

/// <summary>The change log's plain-SQL reads and writes (the hot path of every save, and of the follower).</summary>
public static class ChangeLog
{
    /// <summary>Appends a row inside the context's current transaction and answers its sequence.</summary>
    public static Task<long> AppendAsync(WikiDbContext db, long? pageId, ChangeKind kind, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Command("INSERT INTO change_log (PageId, Kind, CreatedAt) VALUES ($page, $kind, $at) RETURNING Id")
            .With("$page", pageId).With("$kind", (int)kind).With("$at", Stamp(now))
            .ScalarAsync(cancellationToken);
    }

    /// <summary>The rows after a sequence, oldest first.</summary>
    public static Task<List<(long Sequence, long? PageId, ChangeKind Kind)>> AfterAsync(WikiDbContext db, long sequence, int limit, CancellationToken cancellationToken) =>
        db.ReadAsync(() => db.Command("SELECT Id, PageId, Kind FROM change_log WHERE Id > $after ORDER BY Id LIMIT $limit")
            .With("$after", sequence).With("$limit", limit)
            .ListAsync(r => (r.GetInt64(0), r.IsDBNull(1) ? (long?)null : r.GetInt64(1), (ChangeKind)r.GetInt32(2)), cancellationToken), cancellationToken);

    /// <summary>The highest sequence ever issued (pruned rows included), and the lowest still in the log (0 when empty).</summary>
    public static Task<(long Highest, long Lowest)> BoundsAsync(WikiDbContext db, CancellationToken cancellationToken) =>
        db.ReadAsync(async () =>
        {
            var highest = await db.Command("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'change_log'), 0)").ScalarAsync(cancellationToken);
            var lowest = await db.Command("SELECT coalesce(min(Id), 0) FROM change_log").ScalarAsync(cancellationToken);
            return (highest, lowest);
        }, cancellationToken);

    /// <summary>The database's identity, which the index records so that it never serves another database's pages.</summary>
    public static Task<string> WikiIdAsync(WikiDbContext db, CancellationToken cancellationToken) =>
        db.ReadAsync(async () =>
        {
            await using var command = db.Command("SELECT Id FROM wiki_identity LIMIT 1");
            return (await command.ExecuteScalarAsync(cancellationToken)) as string ?? string.Empty;
        }, cancellationToken);

    /// <summary>Drops rows older than the retention, by age only (other nodes may still need what this one applied); the newest row always stays.</summary>
    public static Task PruneAsync(WikiDbContext db, DateTime olderThan, CancellationToken cancellationToken) =>
        db.ReadAsync(async () =>
        {
            await db.Command("DELETE FROM change_log WHERE CreatedAt < $before AND Id < (SELECT max(Id) FROM change_log)")
                .With("$before", Stamp(olderThan))
                .ExecuteAsync(cancellationToken);
            return 0;
        }, cancellationToken);

    /// <summary>A time as EF Core's SQLite provider stores it, so the rows written here and the age comparisons agree.</summary>
    private static string Stamp(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
}
