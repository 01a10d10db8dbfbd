using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Articles;

/// <summary>Reading pages: lookups by title or alias, rendered views, backlinks and categories.</summary>
public sealed class ArticleReader(WikiDbContext db, RenderCache renders)
{
    /// <summary>The page a raw title reaches (by title or alias, ignoring case and dash style), or null.</summary>
    public Task<PageLookup?> FindAsync(string? rawTitle, CancellationToken cancellationToken) =>
        ArticleQueries.FindAsync(db, rawTitle, cancellationToken);

    /// <summary>
    /// The page a raw title reaches and its latest revision as the article page shows it, in one statement when the
    /// revision's render is cached (rendered and stored first when it is not); null when the title names no page.
    /// </summary>
    public async Task<ArticleRead?> ReadAsync(string? rawTitle, CancellationToken cancellationToken)
    {
        return await ArticleQueries.ReadAsync(db, rawTitle, cancellationToken) is { } row ? await ViewOfAsync(row, cancellationToken) : null;
    }

    /// <summary>The article page's view of a row already read: its cached render, or one rendered and stored now.</summary>
    internal async Task<ArticleRead> ViewOfAsync(ArticleRow row, CancellationToken cancellationToken)
    {
        if (!row.NeedsRender)
        {
            return new ArticleRead(row.Lookup, row.CachedView());
        }

        var (rendered, renderedAt) = await renders.RenderAndStoreAsync(row.Page.Title, row.Page.LatestRevisionId!.Value, cancellationToken);
        return new ArticleRead(row.Lookup, row.ViewWith(rendered, renderedAt));
    }

    /// <summary>The page's latest revision as the article page shows it, or null when it has none (or the page is gone).</summary>
    public async Task<ArticleView?> ViewAsync(Page page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var read = await ReadAsync(page.Title, cancellationToken);
        return read?.Lookup.Page.Id == page.Id ? read.View : null;
    }

    public Task<RevisionInfo?> RevisionInfoAsync(long revisionId, CancellationToken cancellationToken) =>
        db.Revisions.AsNoTracking().Where(r => r.Id == revisionId)
            .Select(RevisionInfo.Of)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>A page's revisions, newest first, without their text.</summary>
    public Task<List<RevisionInfo>> RevisionsAsync(long pageId, int limit, CancellationToken cancellationToken) =>
        db.Revisions.AsNoTracking().Where(r => r.PageId == pageId).OrderByDescending(r => r.Id).Take(limit)
            .Select(RevisionInfo.Of)
            .ToListAsync(cancellationToken);

    /// <summary>A revision with its page, or null for an unknown id.</summary>
    public async Task<(Page Page, Revision Revision)?> RevisionAsync(long revisionId, CancellationToken cancellationToken)
    {
        var revision = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId, cancellationToken);
        if (revision is null)
        {
            return null;
        }

        var page = await db.Pages.AsNoTracking().SingleAsync(p => p.Id == revision.PageId, cancellationToken);
        return (page, revision);
    }

    /// <summary>The pages whose latest text links to this page by its title or any alias.</summary>
    public Task<List<PageSummary>> BacklinksAsync(Page page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var keys = db.PageNames.Where(n => n.PageId == page.Id).Select(n => n.Key);
        var linkers = db.Links.Where(l => keys.Contains(l.TargetKey) && l.PageId != page.Id).Select(l => l.PageId);
        return db.Pages.AsNoTracking().Where(p => linkers.Contains(p.Id)).OrderBy(p => p.Title)
            .Select(p => new PageSummary(p.Title, p.Summary, p.Korean)).ToListAsync(cancellationToken);
    }

    /// <summary>The titles the page's latest revision links to, as written.</summary>
    public Task<List<string>> LinkTargetsAsync(long pageId, CancellationToken cancellationToken) =>
        db.Links.AsNoTracking().Where(l => l.PageId == pageId).OrderBy(l => l.TargetTitle).Select(l => l.TargetTitle).ToListAsync(cancellationToken);

    public Task<List<PageSummary>> InCategoryAsync(string category, CancellationToken cancellationToken)
    {
        var name = WikiTitle.Normalize(category);
        var members = db.Categories.Where(c => c.Name == name).Select(c => c.PageId);
        return db.Pages.AsNoTracking().Where(p => members.Contains(p.Id)).OrderBy(p => p.Title)
            .Select(p => new PageSummary(p.Title, p.Summary, p.Korean)).ToListAsync(cancellationToken);
    }

    /// <summary>Every category with up to <paramref name="perCategory"/> of its pages, and the pages in none under "Uncategorised".</summary>
    public async Task<List<CategoryListing>> CategoriesAsync(int perCategory, CancellationToken cancellationToken)
    {
        var rows = await db.Categories.AsNoTracking()
            .Join(db.Pages, c => c.PageId, p => p.Id, (c, p) => new { Category = c.Name, p.Title, p.Summary, p.Korean })
            .ToListAsync(cancellationToken);
        var listings = rows.GroupBy(r => r.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CategoryListing(g.Key, g.OrderBy(r => r.Title, StringComparer.Ordinal).Take(perCategory)
                .Select(r => new PageSummary(r.Title, r.Summary, r.Korean)).ToList()))
            .ToList();
        var uncategorised = await db.Pages.AsNoTracking().Where(p => !db.Categories.Any(c => c.PageId == p.Id))
            .OrderBy(p => p.Title).Take(perCategory).Select(p => new PageSummary(p.Title, p.Summary, p.Korean)).ToListAsync(cancellationToken);
        if (uncategorised.Count > 0)
        {
            listings.Add(new CategoryListing("Uncategorised", uncategorised));
        }

        return listings;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Pages.CountAsync(cancellationToken);
}
