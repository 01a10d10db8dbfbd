using Alliance.Wiki.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Articles;

/// <summary>Lists of pages for the main page: the latest changed, and a day's "Did you know…" facts.</summary>
public sealed class PageListings(WikiDbContext db)
{
    public Task<List<PageSummary>> RecentlyUpdatedAsync(int count, CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking().Where(p => p.LatestRevisionId != null).OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Title).Take(count)
            .Select(p => new PageSummary(p.Title, p.Summary, p.Korean)).ToListAsync(cancellationToken);

    /// <summary><paramref name="count"/> articles' summaries, a different run of them each day, from the front matter's one-sentence summaries.</summary>
    public async Task<List<PageSummary>> DidYouKnowAsync(DateOnly day, int count, CancellationToken cancellationToken)
    {
        var pages = await db.Pages.AsNoTracking().Where(p => p.Summary != "").OrderBy(p => p.Id)
            .Select(p => new PageSummary(p.Title, p.Summary, p.Korean)).ToListAsync(cancellationToken);
        if (pages.Count == 0)
        {
            return [];
        }

        var start = day.DayNumber * count % pages.Count;
        return [.. Enumerable.Range(0, Math.Min(count, pages.Count)).Select(i => pages[(start + i) % pages.Count])];
    }
}
