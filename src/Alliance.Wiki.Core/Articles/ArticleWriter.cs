using System.Text;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Markup.Facts;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Alliance.Wiki.Core.Articles;

/// <summary>
/// Saving a revision. One transaction writes the revision, the page's names, categories and links, its rendered
/// HTML and the save participants' rows (the search index), and drops the renders whose red links it changed.
/// </summary>
public sealed class ArticleWriter(
    WikiDbContext db,
    RenderCache renders,
    IEnumerable<IPageSaveParticipant> participants,
    TimeProvider clock,
    ILogger<ArticleWriter> logger)
{
    private const int SqliteConstraint = 19;

    public async Task<SaveOutcome> SaveAsync(SaveCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var title = ValidTitle(command.Title);
        var text = command.Document.ToText(includeTitle: false);
        if ((ArticleSize.Problem(text) ?? FactsValidation.Problem(command.Document.Metadata)) is { } problem)
        {
            throw new ArgumentException(problem, nameof(command));
        }

        return await InTransactionAsync(async () =>
        {
            var name = await FindNameAsync(title, cancellationToken);
            if (name is { Kind: PageNameKind.Alias })
            {
                throw new ArgumentException($"'{title}' is an alias of '{name.Page!.Title}'; save that page instead.", nameof(command));
            }

            var page = name?.Page;
            if (command.RequireLatest && page?.LatestRevisionId != command.ExpectedLatestRevisionId)
            {
                throw new StaleRevisionException($"'{title}' changed since revision {command.ExpectedLatestRevisionId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}.");
            }

            var latestText = page?.LatestRevisionId is long latestId
                ? await db.Revisions.AsNoTracking().Where(r => r.Id == latestId).Select(r => r.Text).SingleAsync(cancellationToken)
                : null;
            if (page is not null && latestText == text)
            {
                return new SaveOutcome(page, null, false, []);
            }

            var created = page is null;
            if (page is null)
            {
                page = new Page { Title = title, UpdatedAt = clock.GetUtcNow().UtcDateTime };
                db.Pages.Add(page);
                await db.SaveChangesAsync(cancellationToken);
            }

            var (revision, skipped) = await WriteRevisionAsync(page, command.Document, text, command, [], cancellationToken);
            return new SaveOutcome(page, revision, created, skipped);
        }, cancellationToken);
    }

    /// <summary>Renames a page. The old title stays as an alias, and a revision records the move.</summary>
    public async Task<SaveOutcome> MoveAsync(string from, string to, string author, string comment, CancellationToken cancellationToken)
    {
        var oldTitle = ValidTitle(from);
        var newTitle = ValidTitle(to);
        return await InTransactionAsync(async () =>
        {
            var name = await FindNameAsync(oldTitle, cancellationToken);
            var page = name?.Page ?? throw new ArgumentException($"There is no page titled '{oldTitle}'.", nameof(from));
            var taken = await FindNameAsync(newTitle, cancellationToken);
            if (taken is not null && taken.PageId != page.Id)
            {
                throw new ArgumentException($"'{newTitle}' already names the page '{taken.Page!.Title}'.", nameof(to));
            }

            var latest = await db.Revisions.AsNoTracking().SingleAsync(r => r.Id == page.LatestRevisionId, cancellationToken);
            var document = ArticleText.TryParse(latest.Text) ?? new ArticleDocument(null, ArticleMetadata.Empty, latest.Text);
            var previous = page.Title;
            page.Title = newTitle;
            var metadata = document.Metadata with { Aliases = [.. document.Metadata.Aliases.Where(a => WikiTitle.Key(a) != WikiTitle.Key(newTitle)), previous] };
            document = document with { Metadata = metadata };
            var text = document.ToText(includeTitle: false);
            var moveComment = string.IsNullOrWhiteSpace(comment) ? $"Moved from {previous} to {newTitle}" : $"Moved from {previous} to {newTitle}: {comment}";
            var command = new SaveCommand(newTitle, document, author, moveComment, false, RevisionOrigin.Editor);
            var (revision, skipped) = await WriteRevisionAsync(page, document, text, command, [WikiTitle.Key(previous), WikiTitle.Key(newTitle)], cancellationToken);
            return new SaveOutcome(page, revision, false, skipped);
        }, cancellationToken);
    }

    /// <summary>Protects a page so only admins edit it, or lifts the protection; the participants hear of it as of a save.</summary>
    public Task SetProtectionAsync(long pageId, string title, bool isProtected, CancellationToken cancellationToken) =>
        InTransactionAsync(async () =>
        {
            await db.Pages.Where(p => p.Id == pageId).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsProtected, isProtected), cancellationToken);
            foreach (var participant in participants)
            {
                await participant.PageChangedAsync(pageId, title, cancellationToken);
            }

            return true;
        }, cancellationToken);

    private static string ValidTitle(string raw)
    {
        var title = WikiTitle.Normalize(raw);
        return WikiTitle.Problem(title) is { } problem ? throw new ArgumentException(problem, nameof(raw)) : title;
    }

    private Task<PageName?> FindNameAsync(string title, CancellationToken cancellationToken)
    {
        var key = WikiTitle.Key(title);
        return db.PageNames.Include(n => n.Page).FirstOrDefaultAsync(n => n.Key == key, cancellationToken);
    }

    /// <summary>Runs the work in the caller's transaction or its own, and maps a broken unique parent index to a stale save.</summary>
    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            // The context may serve many saves (an import); rows deleted in bulk must not linger in its tracker.
            return await db.InTransactionAsync(work, cancellationToken, afterOwned: db.ChangeTracker.Clear);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: SqliteConstraint })
        {
            // The unique parent index is the last guard against a fork in the history.
            throw new StaleRevisionException("Another save of this page came first.", e);
        }
    }

    private async Task<(Revision Revision, List<string> Skipped)> WriteRevisionAsync(
        Page page, ArticleDocument document, string text, SaveCommand command, IReadOnlyList<string> changedKeys, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var metadata = document.Metadata;
        var revision = new Revision
        {
            PageId = page.Id,
            ParentId = page.LatestRevisionId,
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
        List<string> changedNames = [.. names.Changed, .. changedKeys];
        await renders.InvalidateLinkersAsync(changedNames, cancellationToken);
        await renders.StoreAsync(revision.Id, rendered, cancellationToken);
        var saved = new SavedPage(page.Id, revision.Id, page.Title, document, rendered, changedNames);
        foreach (var participant in participants)
        {
            await participant.PageSavedAsync(saved, cancellationToken);
        }

        return (revision, names.Skipped);
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
        await db.Command("DELETE FROM categories WHERE PageId = $page").With("$page", pageId).ExecuteAsync(cancellationToken);
        var rows = categories.Select(WikiTitle.Normalize).Where(c => WikiTitle.Problem(c) is null).Distinct(StringComparer.Ordinal)
            .Select(category => new object?[] { pageId, category });
        await db.InsertRowsAsync("categories", ["PageId", "Name"], rows, cancellationToken);
    }

    private async Task ReplaceLinksAsync(long pageId, IReadOnlyList<string> targets, CancellationToken cancellationToken)
    {
        await db.Command("DELETE FROM links WHERE PageId = $page").With("$page", pageId).ExecuteAsync(cancellationToken);
        var rows = targets.GroupBy(WikiTitle.Key, StringComparer.Ordinal).Select(group => new object?[] { pageId, group.Key, group.First() });
        await db.InsertRowsAsync("links", ["PageId", "TargetKey", "TargetTitle"], rows, cancellationToken);
    }
}
