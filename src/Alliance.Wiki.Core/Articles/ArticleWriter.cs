using System.Text;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Alliance.Wiki.Core.Articles;

/// <summary>
/// Saving a revision. One transaction writes the revision, the page's names, categories and links, and its
/// rendered HTML, and drops the renders whose red links the save changed.
/// </summary>
public sealed class ArticleWriter(
    WikiDbContext db,
    RenderCache renders,
    IEnumerable<IPageSaveParticipant> participants,
    TimeProvider clock,
    ILogger<ArticleWriter> logger)
{
    public async Task<SaveOutcome> SaveAsync(SaveCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var title = WikiTitle.Normalize(command.Title);
        if (WikiTitle.Problem(title) is { } problem)
        {
            throw new ArgumentException(problem, nameof(command));
        }

        var text = command.Document.ToText(includeTitle: false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var key = WikiTitle.Key(title);
        var name = await db.PageNames.Include(n => n.Page).FirstOrDefaultAsync(n => n.Key == key, cancellationToken);
        if (name is { Kind: PageNameKind.Alias })
        {
            throw new ArgumentException($"'{title}' is an alias of '{name.Page!.Title}'; save that page instead.", nameof(command));
        }

        var page = name?.Page;
        var latest = page?.LatestRevisionId is long latestId
            ? await db.Revisions.AsNoTracking().SingleAsync(r => r.Id == latestId, cancellationToken)
            : null;
        if (page is not null && latest?.Text == text)
        {
            return new SaveOutcome(page, null, false, []);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var created = page is null;
        if (page is null)
        {
            page = new Page { Title = title, UpdatedAt = now };
            db.Pages.Add(page);
            await db.SaveChangesAsync(cancellationToken);
        }

        var metadata = command.Document.Metadata;
        var revision = new Revision
        {
            PageId = page.Id,
            ParentId = latest?.Id,
            Text = text,
            Comment = command.Comment,
            Author = command.Author,
            CreatedAt = now,
            Size = Encoding.UTF8.GetByteCount(text),
            IsMinor = command.IsMinor,
            Origin = command.Origin,
        };
        db.Revisions.Add(revision);
        await db.SaveChangesAsync(cancellationToken);

        page.LatestRevisionId = revision.Id;
        page.Summary = metadata.Summary;
        page.Korean = metadata.Korean;
        page.UpdatedAt = now;
        var names = await ReplaceNamesAsync(page, metadata, cancellationToken);
        await ReplaceCategoriesAsync(page.Id, metadata.Categories, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var rendered = await renders.RenderAsync(page.Title, text, cancellationToken);
        await ReplaceLinksAsync(page.Id, rendered.LinkTargets, cancellationToken);
        await renders.InvalidateLinkersAsync(names.Changed, cancellationToken);
        await renders.StoreAsync(revision.Id, rendered, cancellationToken);
        var saved = new SavedPage(page.Id, revision.Id, page.Title, command.Document, rendered);
        foreach (var participant in participants)
        {
            await participant.PageSavedAsync(saved, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        // The context may serve many saves (an import); rows deleted in bulk above must not linger in its tracker.
        db.ChangeTracker.Clear();
        return new SaveOutcome(page, revision, created, names.Skipped);
    }

    private async Task<(List<string> Changed, List<string> Skipped)> ReplaceNamesAsync(Page page, ArticleMetadata metadata, CancellationToken cancellationToken)
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

        var existing = await db.PageNames.Where(n => n.PageId == page.Id).ToListAsync(cancellationToken);
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

        var wantedKeys = desired.Keys.ToList();
        var taken = await db.PageNames.Where(n => wantedKeys.Contains(n.Key)).Select(n => n.Key).ToListAsync(cancellationToken);
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

    private async Task ReplaceCategoriesAsync(long pageId, IReadOnlyList<string> categories, CancellationToken cancellationToken)
    {
        await db.Categories.Where(c => c.PageId == pageId).ExecuteDeleteAsync(cancellationToken);
        foreach (var category in categories.Select(WikiTitle.Normalize).Where(c => WikiTitle.Problem(c) is null).Distinct(StringComparer.Ordinal))
        {
            db.Categories.Add(new PageCategory { PageId = pageId, Name = category });
        }
    }

    private async Task ReplaceLinksAsync(long pageId, IReadOnlyList<string> targets, CancellationToken cancellationToken)
    {
        await db.Links.Where(l => l.PageId == pageId).ExecuteDeleteAsync(cancellationToken);
        foreach (var group in targets.GroupBy(WikiTitle.Key, StringComparer.Ordinal))
        {
            db.Links.Add(new PageLink { PageId = pageId, TargetTitle = group.First(), TargetKey = group.Key });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
