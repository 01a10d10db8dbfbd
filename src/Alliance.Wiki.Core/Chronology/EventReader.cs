using Alliance.Wiki.Core.Markup.Facts;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Chronology;

/// <summary>Reading the chronology: the whole timeline, filtered, and the events of a day of the year.</summary>
public sealed class EventReader(WikiDbContext db)
{
    public Task<List<TimelineEvent>> TimelineAsync(TimelineFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var events = db.Events.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            var name = WikiTitle.Normalize(filter.Category);
            var members = db.Categories.Where(c => c.Name == name).Select(c => c.PageId);
            events = events.Where(e => members.Contains(e.PageId));
        }

        if (filter.FromYear is int from)
        {
            events = events.Where(e => e.Year >= from);
        }

        if (filter.ToYear is int to)
        {
            events = events.Where(e => e.Year <= to);
        }

        return ListAsync(events.OrderBy(e => e.SortKey).ThenBy(e => e.Id), cancellationToken);
    }

    /// <summary>Events with a full date on this month and day, in any year, oldest first.</summary>
    public Task<List<TimelineEvent>> OnThisDayAsync(int month, int day, CancellationToken cancellationToken) =>
        ListAsync(db.Events.AsNoTracking().Where(e => e.Month == month && e.Day == day).OrderBy(e => e.SortKey).ThenBy(e => e.Id), cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Events.CountAsync(cancellationToken);

    /// <summary>The categories that have events, for the timeline's filter.</summary>
    public Task<List<string>> CategoriesAsync(CancellationToken cancellationToken)
    {
        var pages = db.Events.Select(e => e.PageId);
        return db.Categories.AsNoTracking().Where(c => pages.Contains(c.PageId)).Select(c => c.Name).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
    }

    private async Task<List<TimelineEvent>> ListAsync(IQueryable<PageEvent> events, CancellationToken cancellationToken)
    {
        var rows = await events.Join(db.Pages, e => e.PageId, p => p.Id, (e, p) => new { e.Year, e.Month, e.Day, e.Html, p.Title, p.Korean })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new TimelineEvent(new FactDate(r.Year, r.Month, r.Day), r.Html, r.Title, r.Korean))];
    }
}
