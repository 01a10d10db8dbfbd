using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Articles;

/// <summary>
/// The article read path as compiled LINQ queries: EF Core translates them once, so a view pays neither the expression
/// funcletizer nor the query cache lookup (EF's per-query work was 45% of a profile of views without the page cache),
/// and each is one SQL statement, the same LINQ on SQLite and on PostgreSQL.
/// </summary>
internal static class ArticleQueries
{
    /// <summary>Joins a page's category names in one column; no name contains it (<see cref="Titles.WikiTitle.Problem"/> refuses control characters).</summary>
    public const char CategorySeparator = '\u001f';

    /// <summary>A name, its page, the latest revision's details and render, and the categories, in one statement.</summary>
    private static readonly CompiledPerModel<Func<WikiDbContext, string, CancellationToken, Task<ArticleRow?>>> ByKey = new(() => EF.CompileAsyncQuery(
        (WikiDbContext db, string key, CancellationToken cancellationToken) =>
            (from n in db.PageNames.AsNoTracking()
             where n.Key == key
             join p in db.Pages on n.PageId equals p.Id
             from v in db.Revisions.Where(v => v.Id == p.LatestRevisionId).DefaultIfEmpty()
             from r in db.Renders.Where(r => r.RevisionId == p.LatestRevisionId).DefaultIfEmpty()
             select new ArticleRow
             {
                 Page = p,
                 MatchedName = n.Name,
                 Kind = n.Kind,
                 Revision = v == null ? null : new RevisionInfo(v.Id, v.PageId, v.ParentId, v.Author, v.Comment, v.CreatedAt, v.Size, v.IsMinor, v.Origin),
                 Html = r == null ? null : r.Html,
                 ContentsJson = r == null ? null : r.ContentsJson,
                 RenderedAt = r == null ? null : r.RenderedAt,
                 // EF reads these as a collection on the same statement (a LEFT JOIN, one row a category, the page's
                 // columns materialised once); an aggregate in a scalar subquery would need APPLY, which SQLite lacks.
                 Categories = string.Join(CategorySeparator, db.Categories.Where(c => c.PageId == p.Id).Select(c => c.Name)),
             }).FirstOrDefault()));

    /// <summary>A name and its page, without the revision: for lookups that only need to know where a title leads.</summary>
    private static readonly CompiledPerModel<Func<WikiDbContext, string, CancellationToken, Task<PageName?>>> NameByKey = new(() => EF.CompileAsyncQuery(
        (WikiDbContext db, string key, CancellationToken cancellationToken) =>
            db.PageNames.AsNoTracking().Include(n => n.Page).FirstOrDefault(n => n.Key == key)));

    /// <summary>The page a raw title reaches (by title or alias, ignoring case and dash style), or null.</summary>
    public static async Task<PageLookup?> FindAsync(WikiDbContext db, string? rawTitle, CancellationToken cancellationToken) =>
        KeyOf(rawTitle) is { } key && await NameByKey.For(db)(db, key, cancellationToken) is { Page: { } page } name
            ? new PageLookup(page, name.Name, name.Kind == PageNameKind.Alias)
            : null;

    /// <summary>The article row of the page a raw title reaches, or null.</summary>
    public static async Task<ArticleRow?> ReadAsync(WikiDbContext db, string? rawTitle, CancellationToken cancellationToken) =>
        KeyOf(rawTitle) is { } key ? await ByKey.For(db)(db, key, cancellationToken) : null;

    private static string? KeyOf(string? rawTitle)
    {
        var title = WikiTitle.Normalize(rawTitle);
        return WikiTitle.Problem(title) is null ? WikiTitle.Key(title) : null;
    }
}
