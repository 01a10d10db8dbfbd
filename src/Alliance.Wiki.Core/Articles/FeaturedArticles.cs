using Alliance.Wiki.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Articles;

/// <summary>
/// The admins' list of featured articles and the one featured today: the list is walked one article a day. Until an
/// admin sets a list, the articles with dated facts take turns, so a new wiki has a featured article from the start.
/// </summary>
public sealed class FeaturedArticles(WikiDbContext db, ArticleReader reader)
{
    public Task<List<string>> ListAsync(CancellationToken cancellationToken) =>
        db.FeaturedArticles.AsNoTracking().OrderBy(f => f.Position).Select(f => f.Title).ToListAsync(cancellationToken);

    /// <summary>Replaces the list. Every line must name an article (by title or alias); otherwise nothing changes and the answer names the lines that do not.</summary>
    public async Task<string?> SetAsync(IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var titles = new List<string>();
        var unknown = new List<string>();
        foreach (var line in lines.Select(l => l.Trim().TrimStart('*', '-', ' ').Replace("[[", string.Empty, StringComparison.Ordinal).Replace("]]", string.Empty, StringComparison.Ordinal)).Where(l => l.Length > 0))
        {
            if (await reader.FindAsync(line, cancellationToken) is { } found)
            {
                titles.Add(found.Page.Title);
            }
            else
            {
                unknown.Add(line);
            }
        }

        if (unknown.Count > 0)
        {
            return $"No article is titled {string.Join(", ", unknown.Select(u => $"“{u}”"))}: the list is not changed.";
        }

        await db.FeaturedArticles.ExecuteDeleteAsync(cancellationToken);
        db.FeaturedArticles.AddRange(titles.Distinct(StringComparer.Ordinal).Select((t, i) => new FeaturedArticle { Position = i, Title = t }));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The article featured on this day, with its lead, or null on a wiki without articles.</summary>
    public async Task<(PageSummary Page, string LeadHtml)?> OfDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var titles = await ListAsync(cancellationToken);
        if (titles.Count == 0)
        {
            var dated = db.Events.Select(e => e.PageId);
            titles = await db.Pages.AsNoTracking().Where(p => dated.Contains(p.Id))
                .OrderBy(p => p.Title).Select(p => p.Title).ToListAsync(cancellationToken);
        }

        // A title can stop naming a page (moved away, deleted): try the next day's until one does.
        for (var i = 0; i < titles.Count; i++)
        {
            var title = titles[(day.DayNumber + i) % titles.Count];
            if (await reader.FindAsync(title, cancellationToken) is { } found && await reader.ViewAsync(found.Page, cancellationToken) is { } view)
            {
                return (new PageSummary(found.Page.Title, found.Page.Summary, found.Page.Korean), LeadHtml.Of(view.Html));
            }
        }

        return null;
    }
}
