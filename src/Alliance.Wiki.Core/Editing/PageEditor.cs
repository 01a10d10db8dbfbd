using System.Globalization;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Editing;

/// <summary>
/// Editors' saves. An edit based on an old revision is merged line by line with what was saved since; where the
/// changes overlap, nothing is saved and both texts come back whole. Never a silent overwrite, never lost text.
/// </summary>
public sealed class PageEditor(WikiDbContext db, ArticleReader reader, ArticleWriter writer, Sections sections)
{
    private const int Attempts = 5;

    public async Task<EditResult> SaveAsync(EditRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = WikiTitle.Normalize(request.Title);
        if (WikiTitle.Problem(title) is { } problem)
        {
            return EditResult.Invalid(title, problem);
        }

        // Checked again on the whole article when it is written (a section joins the rest of the page).
        if ((ArticleSize.Problem(request.Text) ?? RenderBudget.Problem(ArticleText.BodyOf(request.Text))) is { } tooLarge)
        {
            return EditResult.Invalid(title, tooLarge);
        }

        return await SerialisedAsync(() => TrySaveAsync(title, request, cancellationToken), title, cancellationToken);
    }

    /// <summary>Makes an old revision's text the current one, as a new revision.</summary>
    public Task<EditResult> RestoreAsync(long revisionId, string author, bool mayEditProtected, CancellationToken cancellationToken) =>
        ApplyAsync(ProposeRestoreAsync(revisionId, cancellationToken), revisionId, author, mayEditProtected, cancellationToken);

    /// <summary>Reverses one revision's change on top of the current text, when no later edit touched the same lines.</summary>
    public Task<EditResult> UndoAsync(long revisionId, string author, bool mayEditProtected, CancellationToken cancellationToken) =>
        ApplyAsync(ProposeUndoAsync(revisionId, cancellationToken), revisionId, author, mayEditProtected, cancellationToken);

    /// <summary>The old revision's text on top of the current one, unsaved; null when there is no such revision.</summary>
    public async Task<Reversal?> ProposeRestoreAsync(long revisionId, CancellationToken cancellationToken)
    {
        if (await reader.RevisionAsync(revisionId, cancellationToken) is not var (page, revision))
        {
            return null;
        }

        return new Reversal(page.Title, revisionId, page.LatestRevisionId!.Value, revision.Text,
            $"Restore revision {revisionId.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>
    /// The current text with one revision's change reversed, unsaved; null when there is no such revision or it is a
    /// page's first. The text is null when later edits changed the same lines.
    /// </summary>
    public async Task<Reversal?> ProposeUndoAsync(long revisionId, CancellationToken cancellationToken)
    {
        if (await reader.RevisionAsync(revisionId, cancellationToken) is not var (page, revision) || revision.ParentId is not long parentId)
        {
            return null;
        }

        var latestId = page.LatestRevisionId!.Value;
        var parentText = await db.RevisionTextAsync(parentId, cancellationToken);
        var current = await db.RevisionTextAsync(latestId, cancellationToken);
        return new Reversal(page.Title, revisionId, latestId, LineMerge.Merge(revision.Text, parentText, current).Text,
            $"Undo revision {revisionId.ToString(CultureInfo.InvariantCulture)} by {revision.Author}");
    }

    /// <summary>Saves a reversal as a one-step edit on its base (bots and operators; people go through the editor).</summary>
    private async Task<EditResult> ApplyAsync(Task<Reversal?> proposing, long revisionId, string author, bool mayEditProtected, CancellationToken cancellationToken)
    {
        if (await proposing is not { } reversal)
        {
            return EditResult.Invalid(string.Empty, $"There is no revision {revisionId.ToString(CultureInfo.InvariantCulture)} to undo or restore.");
        }

        if (reversal.Text is not { } text)
        {
            return EditResult.Invalid(reversal.Title, Reversal.CannotUndo);
        }

        return await SaveAsync(new EditRequest(reversal.Title, text, null, reversal.BaseRevisionId, reversal.Summary, false, author, mayEditProtected), cancellationToken);
    }

    private async Task<EditResult?> TrySaveAsync(string title, EditRequest request, CancellationToken cancellationToken)
    {
        var page = (await reader.FindAsync(title, cancellationToken))?.Page;
        if (page is null)
        {
            return await CreateAsync(title, request, cancellationToken);
        }

        if (page.IsProtected && !request.MayEditProtected)
        {
            return new EditResult(EditStatus.Forbidden, page.Title, Message: "This page is protected: only admins can edit it.");
        }

        if (request.BaseRevisionId is not long baseId)
        {
            return EditResult.Invalid(page.Title, "The page already exists: an edit must name the revision it is based on.");
        }

        var baseText = await db.Revisions.AsNoTracking().Where(r => r.Id == baseId && r.PageId == page.Id).Select(r => r.Text).FirstOrDefaultAsync(cancellationToken);
        if (baseText is null)
        {
            return EditResult.Invalid(page.Title, $"Revision {baseId} is not a revision of '{page.Title}'.");
        }

        var mine = Compose(baseText, request, out var error);
        if (mine is null)
        {
            return EditResult.Invalid(page.Title, error!);
        }

        var latestId = page.LatestRevisionId!.Value;
        var merged = baseId != latestId;
        var target = mine;
        var latestText = baseText;
        if (merged)
        {
            latestText = await db.RevisionTextAsync(latestId, cancellationToken);
            target = LineMerge.Merge(baseText, mine, latestText).Text;
            if (target is null || ArticleText.TryParse(target) is null)
            {
                return new EditResult(EditStatus.Conflict, page.Title, Conflict: new EditConflict(mine, latestText, latestId),
                    Message: "Someone else changed the same lines since you started. Your text is below, unchanged: merge the two and save again.");
            }
        }

        return await WriteAsync(title, page, page.Title, target, latestId, latestText, request.Author, request.Comment, request.IsMinor, merged, cancellationToken);
    }

    private async Task<EditResult?> CreateAsync(string title, EditRequest request, CancellationToken cancellationToken)
    {
        if (request.BaseRevisionId is not null || request.Section is > 0)
        {
            return EditResult.Invalid(title, $"There is no page titled '{title}' to edit a revision or section of.");
        }

        var document = Compose(string.Empty, request with { Section = null }, out var error);
        return document is null
            ? EditResult.Invalid(title, error!)
            : await WriteAsync(title, null, title, document, null, null, request.Author, request.Comment, request.IsMinor, merged: false, cancellationToken);
    }

    /// <summary>
    /// Reads the latest revision, merges and writes in one IMMEDIATE transaction, so no other save can land in between;
    /// the writer joins it. A null from the work (a stale write despite that) is tried again.
    /// </summary>
    private async Task<EditResult> SerialisedAsync(Func<Task<EditResult?>> work, string title, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.LockAsync(WikiTitle.Key(title), cancellationToken);
                var result = await work();
                if (result is { IsSaved: true })
                {
                    await transaction.CommitAsync(cancellationToken);
                }

                if (result is not null)
                {
                    return result;
                }
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return EditResult.Invalid(title, "The page is being changed by many editors at once; please save again.");
    }

    /// <summary>Saves on top of <paramref name="expectedLatest"/> (whose text is <paramref name="latestText"/>); null when another save came first and the caller should try again. <paramref name="lockedTitle"/> is the title whose page lock <see cref="SerialisedAsync"/> holds, <paramref name="page"/> the page as read under it (null for a new one).</summary>
    private async Task<EditResult?> WriteAsync(
        string lockedTitle, Page? page, string title, string text, long? expectedLatest, string? latestText, string author, string comment, bool isMinor, bool merged, CancellationToken cancellationToken)
    {
        ArticleDocument document;
        try
        {
            document = ArticleDocument.Parse(text);
        }
        catch (FormatException e)
        {
            return EditResult.Invalid(title, e.Message);
        }

        try
        {
            var command = new SaveCommand(title, document, author, comment.Trim(), isMinor, RevisionOrigin.Editor)
            {
                RequireLatest = true,
                ExpectedLatestRevisionId = expectedLatest,
                ExpectedLatestText = latestText,
                LockedKey = WikiTitle.Key(lockedTitle),
                LockedPage = page,
            };
            var outcome = await writer.SaveAsync(command, cancellationToken);
            return outcome.Revision is null
                ? new EditResult(EditStatus.Unchanged, outcome.Page.Title, outcome.Page.LatestRevisionId, "The text is the same as the current revision: nothing was saved.")
                : new EditResult(merged ? EditStatus.Merged : EditStatus.Saved, outcome.Page.Title, outcome.Revision.Id);
        }
        catch (StaleRevisionException)
        {
            return null;
        }
        catch (ArgumentException e)
        {
            return EditResult.Invalid(title, e.Message);
        }
    }

    /// <summary>The whole revision text the editor means: their text, or their section spliced into the base revision.</summary>
    private string? Compose(string baseText, EditRequest request, out string? error)
    {
        error = null;
        try
        {
            var document = ArticleText.TryParse(baseText) ?? new ArticleDocument(null, ArticleMetadata.Empty, baseText);
            if (request.Section is not int section)
            {
                // A text without front matter (a bot's Markdown) keeps the page's title data: aliases, categories, summary.
                var edited = ArticleDocument.Parse(request.Text);
                return (ArticleDocument.HasFrontMatter(request.Text) ? edited : document with { Body = edited.Body }).ToText(includeTitle: false);
            }

            var body = sections.Splice(document.Body, section, request.Text);
            if (body is null)
            {
                error = $"The page has no section {section}.";
                return null;
            }

            return (document with { Body = body }).ToText(includeTitle: false);
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }
}
