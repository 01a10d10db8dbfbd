using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Articles;

/// <summary>Resolves all of a page's link targets with one query on the names table.</summary>
public sealed class PageNameResolver(WikiDbContext db) : ITitleResolver
{
    public async Task<IReadOnlyDictionary<string, string>> ResolveAsync(IReadOnlyCollection<string> titles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(titles);
        var keys = titles.Select(WikiTitle.Key).Distinct(StringComparer.Ordinal).ToList();
        var found = await db.PageNames.AsNoTracking()
            .Where(n => keys.Contains(n.Key))
            .Select(n => new { n.Key, n.Page!.Title })
            .ToDictionaryAsync(n => n.Key, n => n.Title, StringComparer.Ordinal, cancellationToken);
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var title in titles)
        {
            if (found.TryGetValue(WikiTitle.Key(title), out var canonical))
            {
                resolved[title] = canonical;
            }
        }

        return resolved;
    }
}
