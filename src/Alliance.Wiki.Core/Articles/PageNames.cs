using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Alliance.Wiki.Core.Articles;

/// <summary>The names table rows of a page, written with each of its revisions: its title, aliases and Korean name.</summary>
public sealed class PageNames(WikiDbContext db, ILogger<PageNames> logger)
{
    // Compiled: every save runs them, and EF Core otherwise translates each again from its expression tree.
    private static readonly CompiledPerModel<Func<WikiDbContext, long, IAsyncEnumerable<PageName>>> NamesOf = new(() => EF.CompileAsyncQuery(
        (WikiDbContext db, long pageId) => db.PageNames.Where(n => n.PageId == pageId)));

    private static readonly CompiledPerModel<Func<WikiDbContext, List<string>, IAsyncEnumerable<string>>> TakenKeys = new(() => EF.CompileAsyncQuery(
        (WikiDbContext db, List<string> keys) => db.PageNames.Where(n => keys.Contains(n.Key)).Select(n => n.Key)));

    /// <summary>
    /// Makes the page's names its title, aliases and Korean name: returns the keys that appeared or vanished (links to
    /// them change colour) and the aliases skipped because they already name another page.
    /// </summary>
    public async Task<(List<string> Changed, List<string> Skipped)> ReplaceAsync(Page page, ArticleMetadata metadata, bool firstRevision, CancellationToken cancellationToken)
    {
        var desired = new Dictionary<string, (string Name, PageNameKind Kind)>(StringComparer.Ordinal)
        {
            [WikiTitle.Key(page.Title)] = (page.Title, PageNameKind.Title),
        };
        foreach (var alias in metadata.Aliases.Append(metadata.Korean ?? string.Empty).Select(WikiTitle.Normalize))
        {
            if (WikiTitle.Problem(alias) is null)
            {
                desired.TryAdd(WikiTitle.Key(alias), (alias, PageNameKind.Alias));
            }
        }

        // A page's first revision is written in the transaction that created it, so it has no names yet.
        var existing = firstRevision ? [] : await NamesOf.For(db)(db, page.Id).ToListAsync(cancellationToken);
        var changed = new List<string>();
        foreach (var name in existing)
        {
            if (desired.Remove(name.Key, out var wanted))
            {
                name.Name = wanted.Name;
                name.Kind = wanted.Kind;
            }
            else
            {
                db.PageNames.Remove(name);
                changed.Add(name.Key);
            }
        }

        // Most saves keep the page's names: then nothing is left to look up (EF Core would still send the query).
        var wantedKeys = desired.Keys.ToList();
        var taken = wantedKeys.Count == 0 ? []
            : await TakenKeys.For(db)(db, wantedKeys).ToListAsync(cancellationToken);
        var skipped = new List<string>();
        foreach (var (key, (alias, kind)) in desired)
        {
            if (taken.Contains(key))
            {
                skipped.Add(alias);
                logger.LogWarning("'{Alias}' already names another page; it is not made an alias of '{Title}'.", alias, page.Title);
                continue;
            }

            db.PageNames.Add(new PageName { PageId = page.Id, Name = alias, Key = key, Kind = kind });
            changed.Add(key);
        }

        return (changed, skipped);
    }
}
