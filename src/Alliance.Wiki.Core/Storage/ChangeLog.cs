namespace Alliance.Wiki.Core.Storage;

/// <summary>The change log's plain-SQL reads and writes (the hot path of every save, and of the follower), on either provider.</summary>
public static class ChangeLog
{
    /// <summary>Appends a row inside the context's current transaction and answers its sequence.</summary>
    public static async Task<long> AppendAsync(WikiDbContext db, long? pageId, ChangeKind kind, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // PostgreSQL hands out sequence numbers before commit, so two saves could commit in the other order and a
        // follower that had read past the later number would never see the earlier one. Taking numbers under a lock
        // held to commit makes them commit in order (SQLite has one writer, so it needs nothing). The lock is taken in
        // the statement's FROM, evaluated before the row (and its number) is made: one round trip, not two.
        // On PostgreSQL the row also queues a notification on NotifyChannel, which the server delivers to every
        // listening node when (and only if) the save commits: their followers wake at once instead of at the next poll.
        // The casts type the values as VALUES would from the columns (a null page id would otherwise be text).
        var command = db.Command(db.IsSqlite()
                ? """INSERT INTO change_log ("PageId", "Kind", "CreatedAt") VALUES (@page, @kind, @at) RETURNING "Id" """
                : $"""INSERT INTO change_log ("PageId", "Kind", "CreatedAt") SELECT CAST(@page AS bigint), CAST(@kind AS integer), CAST(@at AS timestamptz) FROM (SELECT pg_advisory_xact_lock(@key)) AS ordered RETURNING "Id", pg_notify('{NotifyChannel}', "Id"::text)""")
            .With("@page", pageId).With("@kind", (int)kind).With("@at", StoredTime(db, now));
        return await (db.IsSqlite() ? command : command.With("@key", AppendLockKey)).ScalarAsync(cancellationToken);
    }

    /// <summary>The rows after a sequence, oldest first.</summary>
    public static Task<List<(long Sequence, long? PageId, ChangeKind Kind)>> AfterAsync(WikiDbContext db, long sequence, int limit, CancellationToken cancellationToken) =>
        db.ReadAsync(() => db.Command("""SELECT "Id", "PageId", "Kind" FROM change_log WHERE "Id" > @after ORDER BY "Id" LIMIT @limit""")
            .With("@after", sequence).With("@limit", limit)
            .ListAsync(r => (r.GetInt64(0), r.IsDBNull(1) ? (long?)null : r.GetInt64(1), (ChangeKind)r.GetInt32(2)), cancellationToken), cancellationToken);

    /// <summary>The highest sequence ever issued (pruned rows included), and the lowest still in the log (0 when empty).</summary>
    public static Task<(long Highest, long Lowest)> BoundsAsync(WikiDbContext db, CancellationToken cancellationToken) =>
        db.ReadAsync(async () =>
        {
            var highest = await HighestAsync(db, cancellationToken);
            var lowest = await db.Command("""SELECT coalesce(min("Id"), 0) FROM change_log""").ScalarAsync(cancellationToken);
            return (highest, lowest);
        }, cancellationToken);

    /// <summary>The highest sequence ever issued (pruned rows included; 0 when none was).</summary>
    public static Task<long> HighestAsync(WikiDbContext db, CancellationToken cancellationToken) =>
        db.ReadAsync(
            () => db.Command(db.IsSqlite()
                ? "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'change_log'), 0)"
                : """SELECT coalesce((SELECT last_value FROM pg_sequences WHERE sequencename = 'change_log_Id_seq'), 0)""").ScalarAsync(cancellationToken),
            cancellationToken);

    /// <summary>The database's identity, which the index records so that it never serves another database's pages.</summary>
    public static Task<string> WikiIdAsync(WikiDbContext db, CancellationToken cancellationToken) =>
        db.ReadAsync(async () =>
        {
            await using var command = db.Command("""SELECT "Id" FROM wiki_identity ORDER BY "Id" LIMIT 1""");
            return (await command.ExecuteScalarAsync(cancellationToken)) as string ?? string.Empty;
        }, cancellationToken);

    /// <summary>Drops rows older than the retention, by age only (other nodes may still need what this one applied); the newest row always stays.</summary>
    public static Task PruneAsync(WikiDbContext db, DateTime olderThan, CancellationToken cancellationToken) =>
        db.ReadAsync(async () =>
        {
            await db.Command("""DELETE FROM change_log WHERE "CreatedAt" < @before AND "Id" < (SELECT max("Id") FROM change_log)""")
                .With("@before", StoredTime(db, olderThan))
                .ExecuteAsync(cancellationToken);
            return 0;
        }, cancellationToken);

    /// <summary>A time as the provider stores it: EF Core's SQLite text, or a PostgreSQL timestamp with time zone.</summary>
    private static object StoredTime(WikiDbContext db, DateTime utc) => db.IsSqlite()
        ? utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture)
        : DateTime.SpecifyKind(utc, DateTimeKind.Utc);

    /// <summary>The PostgreSQL channel every append notifies with its sequence (Indexing/PostgresChangeListener listens).</summary>
    public const string NotifyChannel = "wiki_changes";

    /// <summary>The advisory lock that orders PostgreSQL's appends ("wiki" in ASCII).</summary>
    private const long AppendLockKey = 0x77696b69;
}
