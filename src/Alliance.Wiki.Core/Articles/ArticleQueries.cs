using System.Data.Common;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Articles;

/// <summary>
/// The article read path. The article row is one plain-SQL statement that SQLite and PostgreSQL both run (quoted
/// names, @name parameters, <c>string_agg</c>), read by hand: the hot path keeps it prepared on open connections
/// (<see cref="ArticleStatements"/>), where EF Core made a new command for every view and SQLite parsed and planned
/// the statement again each time. The lookup without the revision stays a compiled LINQ query.
/// </summary>
internal static class ArticleQueries
{
    /// <summary>Joins a page's category names in one column; no name contains it (<see cref="Titles.WikiTitle.Problem"/> refuses control characters).</summary>
    public const char CategorySeparator = '\u001f';

    /// <summary>
    /// A name, its page, the latest revision's details (not its text) and render, and the categories joined in one
    /// column, by the name's key. The categories are a scalar subquery, so a page of many categories is still one row
    /// and the render's HTML is read once.
    /// </summary>
    public const string ByKeySql = """
        SELECT n."Name", n."Kind",
               p."Id", p."Title", p."LatestRevisionId", p."Summary", p."Korean", p."UpdatedAt", p."IsProtected",
               v."Id", v."ParentId", v."Author", v."Comment", v."CreatedAt", v."Size", v."IsMinor", v."Origin",
               r."Html", r."ContentsJson", r."RenderedAt",
               (SELECT string_agg(c."Name", @separator) FROM "categories" AS c WHERE c."PageId" = p."Id")
        FROM "page_names" AS n
        JOIN "pages" AS p ON p."Id" = n."PageId"
        LEFT JOIN "revisions" AS v ON v."Id" = p."LatestRevisionId"
        LEFT JOIN "revision_renders" AS r ON r."RevisionId" = p."LatestRevisionId"
        WHERE n."Key" = @key
        """;

    /// <summary>A name and its page, without the revision: for lookups that only need to know where a title leads.</summary>
    private static readonly CompiledPerModel<Func<WikiDbContext, string, CancellationToken, Task<PageName?>>> NameByKey = new(() => EF.CompileAsyncQuery(
        (WikiDbContext db, string key, CancellationToken cancellationToken) =>
            db.PageNames.AsNoTracking().Include(n => n.Page).FirstOrDefault(n => n.Key == key)));

    /// <summary>The page a raw title reaches (by title or alias, ignoring case and dash style), or null.</summary>
    public static async Task<PageLookup?> FindAsync(WikiDbContext db, string? rawTitle, CancellationToken cancellationToken) =>
        KeyOf(rawTitle) is { } key && await NameByKey.For(db)(db, key, cancellationToken) is { Page: { } page } name
            ? new PageLookup(page, name.Name, name.Kind == PageNameKind.Alias)
            : null;

    /// <summary>The article row of the page a raw title reaches, or null, on the context's connection (and in its transaction).</summary>
    public static async Task<ArticleRow?> ReadAsync(WikiDbContext db, string? rawTitle, CancellationToken cancellationToken) =>
        KeyOf(rawTitle) is { } key
            ? await db.ReadAsync(
                async () =>
                {
                    await using var command = db.Command(ByKeySql);
                    Bind(command, key);
                    return await RowAsync(command, cancellationToken);
                },
                cancellationToken)
            : null;

    /// <summary>The key a raw title is looked up by, or null when it cannot name a page.</summary>
    public static string? KeyOf(string? rawTitle)
    {
        var title = WikiTitle.Normalize(rawTitle);
        return WikiTitle.Problem(title) is null ? WikiTitle.Key(title) : null;
    }

    /// <summary>Gives <see cref="ByKeySql"/>'s parameters to a command that has none yet.</summary>
    public static void Bind(DbCommand command, string key) =>
        command.With("@key", key).With("@separator", CategorySeparator.ToString());

    /// <summary>Runs <see cref="ByKeySql"/> and reads its row, or null when the key names no page.</summary>
    public static async Task<ArticleRow?> RowAsync(DbCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Row(reader) : null;
    }

    private static ArticleRow Row(DbDataReader r)
    {
        var page = new Page
        {
            Id = r.GetInt64(2),
            Title = r.GetString(3),
            LatestRevisionId = Int64OrNull(r, 4),
            Summary = r.GetString(5),
            Korean = TextOrNull(r, 6),
            UpdatedAt = Utc(r.GetDateTime(7)),
            IsProtected = r.GetBoolean(8),
        };
        return new ArticleRow
        {
            MatchedName = r.GetString(0),
            Kind = (PageNameKind)r.GetInt32(1),
            Page = page,
            Revision = r.IsDBNull(9) ? null : new RevisionInfo(
                r.GetInt64(9), page.Id, Int64OrNull(r, 10), r.GetString(11), r.GetString(12), Utc(r.GetDateTime(13)),
                r.GetInt32(14), r.GetBoolean(15), (RevisionOrigin)r.GetInt32(16)),
            Html = TextOrNull(r, 17),
            ContentsJson = TextOrNull(r, 18),
            RenderedAt = r.IsDBNull(19) ? null : Utc(r.GetDateTime(19)),
            Categories = TextOrNull(r, 20),
        };
    }

    private static long? Int64OrNull(DbDataReader r, int column) => r.IsDBNull(column) ? null : r.GetInt64(column);

    private static string? TextOrNull(DbDataReader r, int column) => r.IsDBNull(column) ? null : r.GetString(column);

    /// <summary>Times are stored in UTC (<see cref="UtcDateTimeConverter"/>); SQLite's text gives them back unmarked.</summary>
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
