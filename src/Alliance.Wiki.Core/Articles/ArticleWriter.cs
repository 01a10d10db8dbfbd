using System.Text;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Markup.Facts;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Wiki.Core.Articles;

/// <summary>
/// Saving a revision. One transaction writes the revision, the page's names, categories and links, its rendered
/// HTML and the save participants' rows (the search index), and drops the renders whose red links it changed.
/// </summary>
public sealed class ArticleWriter(
    WikiDbContext db,
    RenderCache renders,
    PageNames pageNames,
    PageRows pageRows,
    IEnumerable<IPageSaveParticipant> participants,
    TimeProvider clock)
{
    private const int SqliteConstraint = 19;

    /// <summary>A name and its page, tracked for the save, by the name's key (compiled: every save looks one up).</summary>
    private static readonly CompiledPerModel<Func<WikiDbContext, string, CancellationToken, Task<PageName?>>> TrackedNameByKey = new(() => EF.CompileAsyncQuery(
        (WikiDbContext db, string key, CancellationToken cancellationToken) =>
            db.PageNames.Include(n => n.Page).FirstOrDefault(n => n.Key == key)));

    public async Task<SaveOutcome> SaveAsync(SaveCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var title = ValidTitle(command.Title);
        var text = command.Document.ToText(includeTitle: false);
        if ((ArticleSize.Problem(text) ?? FactsValidation.Problem(command.Document.Metadata)) is { } problem)
        {
            throw new ArgumentException(problem, nameof(command));
        }

        if (RenderBudget.Problem(command.Document.Body) is { } unrenderable)
        {
            // Without a parameter name: the message goes to the editor, the importer or the bot as it is.
            throw new ArgumentException(unrenderable);
        }

        var key = WikiTitle.Key(title);
        var locked = command.LockedKey == key && db.Database.CurrentTransaction is not null;
        return await InTransactionAsync(async () =>
        {
            if (!locked)
            {
                await db.LockAsync(key, cancellationToken);
            }

            var page = locked ? Tracked(command.LockedPage, key) : null;
            if (page is null)
            {
                var name = await FindNameAsync(title, cancellationToken);
                if (name is { Kind: PageNameKind.Alias })
                {
                    throw new ArgumentException($"'{title}' is an alias of '{name.Page!.Title}'; save that page instead.", nameof(command));
                }

                page = name?.Page;
            }

            if (command.RequireLatest && page?.LatestRevisionId != command.ExpectedLatestRevisionId)
            {
                throw new StaleRevisionException($"'{title}' changed since revision {command.ExpectedLatestRevisionId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}.");
            }

            var latestText = page?.LatestRevisionId is not long latestId ? null
                : latestId == command.ExpectedLatestRevisionId && command.ExpectedLatestText is { } known ? known
                : await db.RevisionTextAsync(latestId, cancellationToken);
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
            await db.LockAsync(WikiTitle.Key(oldTitle), cancellationToken);
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

    /// <summary>
    /// The page its editor read under the lock this transaction holds, now tracked for the save, when the key is its
    /// title's; null when there is none to reuse (or the context already tracks another copy of it).
    /// </summary>
    private Page? Tracked(Page? known, string key)
    {
        if (known is null || WikiTitle.Key(known.Title) != key || db.Pages.Local.Any(p => p.Id == known.Id))
        {
            return null;
        }

        db.Pages.Attach(known);
        return known;
    }

    private Task<PageName?> FindNameAsync(string title, CancellationToken cancellationToken) =>
        TrackedNameByKey.For(db)(db, WikiTitle.Key(title), cancellationToken);

    /// <summary>Runs the work in the caller's transaction or its own, and maps a broken unique parent index to a stale save.</summary>
    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            // The context may serve many saves (an import); rows deleted in bulk must not linger in its tracker.
            return await db.InTransactionAsync(work, cancellationToken, afterOwned: db.ChangeTracker.Clear);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: SqliteConstraint }
            or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
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
        var names = await pageNames.ReplaceAsync(page, metadata, firstRevision: revision.ParentId is null, cancellationToken);
        await pageRows.ReplaceCategoriesAsync(page.Id, metadata.Categories, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var rendered = command.RenderedAhead ?? await renders.RenderAsync(page.Title, text, cancellationToken);
        if (rendered.Problem is { } unrenderable)
        {
            // Past the render deadline: refused like any text out of budget; the transaction is rolled back.
            throw new ArgumentException(unrenderable);
        }

        await pageRows.ReplaceLinksAsync(page.Id, rendered.LinkTargets, cancellationToken);
        List<string> changedNames = [.. names.Changed, .. changedKeys];
        await renders.InvalidateLinkersAsync(changedNames, cancellationToken);
        if (command.RenderedAhead is null)
        {
            await renders.StoreAsync(revision.Id, rendered, cancellationToken);
        }

        var saved = new SavedPage(page.Id, revision.Id, page.Title, document, rendered, changedNames);
        foreach (var participant in participants)
        {
            await participant.PageSavedAsync(saved, cancellationToken);
        }

        return (revision, names.Skipped);
    }
}
