using Alliance.Wiki.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Articles;

/// <summary>The special lists a wiki reader expects: all pages, a random one, wanted and orphaned pages, statistics and page information.</summary>
public sealed class PageTools(WikiDbContext db)
{
    public Task<string?> RandomTitleAsync(CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking().Where(p => p.LatestRevisionId != null).OrderBy(_ => EF.Functions.Random()).Select(p => p.Title).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Pages in title order from <paramref name="from"/> (inclusive), at most <paramref name="limit"/>.</summary>
    public Task<List<PageSummary>> AllAsync(string? from, int limit, CancellationToken cancellationToken)
    {
        var pages = db.Pages.AsNoTracking().Where(p => p.LatestRevisionId != null);
        if (!string.IsNullOrWhiteSpace(from))
        {
            pages = pages.Where(p => string.Compare(p.Title, from) >= 0);
        }

        return pages.OrderBy(p => p.Title).Take(limit).Select(p => new PageSummary(p.Title, p.Summary, p.Korean)).ToListAsync(cancellationToken);
    }

    /// <summary>Red links: titles linked to that name no page, the most wanted first.</summary>
    public async Task<List<WantedPage>> WantedAsync(int limit, CancellationToken cancellationToken)
    {
        var rows = await db.Links.AsNoTracking().Where(l => !db.PageNames.Any(n => n.Key == l.TargetKey))
            .GroupBy(l => l.TargetKey)
            .Select(g => new { Title = g.Min(l => l.TargetTitle)!, Linkers = g.Count() })
            .OrderByDescending(g => g.Linkers).ThenBy(g => g.Title).Take(limit).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new WantedPage(r.Title, r.Linkers))];
    }

    /// <summary>Pages no other page links to, by their title or any alias.</summary>
    public Task<List<PageSummary>> OrphanedAsync(int limit, CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking()
            .Where(p => p.LatestRevisionId != null && !db.Links.Any(l => l.PageId != p.Id && db.PageNames.Any(n => n.PageId == p.Id && n.Key == l.TargetKey)))
            .OrderBy(p => p.Title).Take(limit).Select(p => new PageSummary(p.Title, p.Summary, p.Korean)).ToListAsync(cancellationToken);

    public async Task<WikiStatistics> StatisticsAsync(CancellationToken cancellationToken)
    {
        var latest = db.Pages.Where(p => p.LatestRevisionId != null).Select(p => p.LatestRevisionId);
        return new WikiStatistics(
            await db.Pages.CountAsync(p => p.LatestRevisionId != null, cancellationToken),
            await db.Revisions.CountAsync(cancellationToken),
            await db.Revisions.Select(r => r.Author).Distinct().CountAsync(cancellationToken),
            await db.Links.CountAsync(cancellationToken),
            await db.Categories.Select(c => c.Name).Distinct().CountAsync(cancellationToken),
            await db.Events.CountAsync(cancellationToken),
            await db.Revisions.Where(r => latest.Contains(r.Id)).SumAsync(r => (long)r.Size, cancellationToken));
    }

    public async Task<PageInformation> InformationAsync(Page page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var revisions = db.Revisions.AsNoTracking().Where(r => r.PageId == page.Id);
        var keys = db.PageNames.Where(n => n.PageId == page.Id).Select(n => n.Key);
        return new PageInformation(
            page.Title,
            await revisions.Where(r => r.Id == page.LatestRevisionId).Select(r => r.Size).FirstOrDefaultAsync(cancellationToken),
            await revisions.CountAsync(cancellationToken),
            await revisions.Select(r => r.Author).Distinct().CountAsync(cancellationToken),
            await revisions.MinAsync(r => r.CreatedAt, cancellationToken),
            await revisions.MaxAsync(r => r.CreatedAt, cancellationToken),
            await db.Links.Where(l => l.PageId != page.Id && keys.Contains(l.TargetKey)).Select(l => l.PageId).Distinct().CountAsync(cancellationToken),
            await db.Links.CountAsync(l => l.PageId == page.Id, cancellationToken),
            page.IsProtected,
            await db.PageNames.Where(n => n.PageId == page.Id && n.Kind == PageNameKind.Alias).OrderBy(n => n.Name).Select(n => n.Name).ToListAsync(cancellationToken));
    }
}
