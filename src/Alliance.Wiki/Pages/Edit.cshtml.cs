using System.Globalization;
using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Editing;
using Alliance.Wiki.Core.History;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Titles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary>
/// <c>/edit/{title}</c> and <c>/edit/{title}?section=N</c>: the Markdown, a preview by the same pipeline, an edit summary
/// and a minor-edit box. The form carries its base revision; a stale save merges or shows a conflict with both texts.
/// <c>?undo=N</c> and <c>?restore=N</c> open it prefilled with what undoing or restoring revision N would save, with a
/// summary and a preview: nothing is saved until the editor has read it and pressed Save.
/// </summary>
[Authorize(Policy = WikiPolicies.Edit)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Protection.RateLimits.Save)]
public sealed class EditModel(ArticleReader reader, RenderCache renders, PageEditor editor, Sections sections) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public int? Section { get; private set; }

    public bool IsNew { get; private set; }

    [BindProperty]
    public string Text { get; set; } = string.Empty;

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public bool Minor { get; set; }

    [BindProperty]
    public long? BaseRevisionId { get; set; }

    public string? PreviewHtml { get; private set; }

    public string? Message { get; private set; }

    public EditConflict? Conflict { get; private set; }

    public IReadOnlyList<DiffRow> ConflictDiff { get; private set; } = [];

    /// <summary>The current text beside a conflict: the same section's, or the whole page's.</summary>
    public string ConflictCurrentText { get; private set; } = string.Empty;

    /// <summary>The undo or restore the form was opened for, or null for an ordinary edit.</summary>
    public Reversal? Reversal { get; private set; }

    /// <summary>True when <see cref="Reversal"/> is an undo, false for a restore.</summary>
    public bool IsUndo { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? title, string? section, string? undo, string? restore, CancellationToken cancellationToken)
    {
        var reverting = undo ?? restore;
        if (await LoadAsync(title, reverting is null ? section : null, cancellationToken) is { } early)
        {
            return early;
        }

        return reverting is null ? Page() : await ProposeAsync(reverting, isUndo: undo is not null, cancellationToken);
    }

    /// <summary>Fills the form with an undo or a restore of the revision and previews it; saving is the editor's step.</summary>
    private async Task<IActionResult> ProposeAsync(string revision, bool isUndo, CancellationToken cancellationToken)
    {
        if (!long.TryParse(revision, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Fail(StatusCodes.Status400BadRequest, $"'{revision}' is not a revision number.");
        }

        var reversal = isUndo ? await editor.ProposeUndoAsync(id, cancellationToken) : await editor.ProposeRestoreAsync(id, cancellationToken);
        if (reversal is null || reversal.Title != Title)
        {
            return Fail(StatusCodes.Status404NotFound, isUndo
                ? $"'{Title}' has no revision {id} that can be undone (the first revision of a page cannot be)."
                : $"'{Title}' has no revision {id}.");
        }

        (Reversal, IsUndo) = (reversal, isUndo);
        BaseRevisionId = reversal.BaseRevisionId;
        Summary = reversal.Summary;
        if (reversal.Text is not { } text)
        {
            Message = Core.Editing.Reversal.CannotUndo;
            return Page();
        }

        Text = text;
        PreviewHtml = (await renders.RenderWithoutEditLinksAsync(text, cancellationToken)).Html;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string? title, string? section, CancellationToken cancellationToken)
    {
        if (await LoadAsync(title, section, cancellationToken, keepForm: true) is { } early)
        {
            return early;
        }

        var body = Text; // a whole text keeps its front matter, so the preview shows the infobox and timeline
        PreviewHtml = (await renders.RenderWithoutEditLinksAsync(body, cancellationToken)).Html;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string? title, string? section, CancellationToken cancellationToken)
    {
        if (await LoadAsync(title, section, cancellationToken, keepForm: true) is { } early)
        {
            return early;
        }

        var result = await editor.SaveAsync(
            new EditRequest(Title, Text, Section, BaseRevisionId, Summary ?? string.Empty, Minor, User.Identity?.Name ?? "Anonymous", User.IsInRole(WikiRoles.Admin)),
            cancellationToken);
        switch (result.Status)
        {
            case EditStatus.Saved or EditStatus.Merged or EditStatus.Unchanged:
                return Redirect(WikiUrls.Article(result.Title));
            case EditStatus.Conflict:
                ShowConflict(result.Conflict!);
                Message = result.Message;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case EditStatus.Forbidden:
                Message = result.Message;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
            default:
                Message = result.Message;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
        }
    }

    /// <summary>
    /// Both texts of a conflict. A section edit stays a section edit: the current text of the same section beside the
    /// editor's, so that they merge one section and save it on the current revision. Only when that section is gone
    /// from the current text does the form fall back to the whole page.
    /// </summary>
    private void ShowConflict(EditConflict conflict)
    {
        Conflict = conflict;
        BaseRevisionId = conflict.CurrentRevisionId;
        var currentSection = Section is int index ? sections.Extract(ArticleText.BodyOf(conflict.CurrentText), index) : null;
        if (currentSection is null)
        {
            Section = null;
            Text = conflict.YourText;
        }

        ConflictCurrentText = currentSection ?? conflict.CurrentText;
        ConflictDiff = LineDiff.Compare(ConflictCurrentText, Text);
    }

    /// <summary>Reads the page and the section; returns a response when the request cannot go on.</summary>
    private async Task<IActionResult?> LoadAsync(string? title, string? section, CancellationToken cancellationToken, bool keepForm = false)
    {
        Title = WikiTitle.Normalize(title);
        if (WikiTitle.Problem(Title) is { } problem)
        {
            return Fail(StatusCodes.Status400BadRequest, problem);
        }

        if (!string.IsNullOrEmpty(section))
        {
            if (!int.TryParse(section, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return Fail(StatusCodes.Status400BadRequest, $"'{section}' is not a section number: sections are counted 0, 1, 2, … in the order of their headings.");
            }

            Section = number;
        }

        var lookup = await reader.FindAsync(Title, cancellationToken);
        if (lookup is not null && lookup.Page.Title != Title)
        {
            return RedirectPermanent(WikiUrls.Edit(lookup.Page.Title, Section));
        }

        if (lookup is null)
        {
            IsNew = true;
            if (Section > 0)
            {
                return Fail(StatusCodes.Status404NotFound, $"There is no page titled '{Title}', so it has no section {Section}.");
            }

            Section = null;
            if (!keepForm)
            {
                Text = new ArticleDocument(null, ArticleMetadata.Empty, $"The **{Title}** is …\n\n## See also\n").ToText(includeTitle: false);
            }

            return null;
        }

        var page = lookup.Page;
        if (page.IsProtected && !User.IsInRole(WikiRoles.Admin))
        {
            return Fail(StatusCodes.Status403Forbidden, "This page is protected: only admins can edit it.");
        }

        if (keepForm)
        {
            return null;
        }

        var revision = await reader.RevisionAsync(page.LatestRevisionId!.Value, cancellationToken);
        BaseRevisionId = revision!.Value.Revision.Id;
        var fullText = revision.Value.Revision.Text;
        if (Section is int index)
        {
            var extracted = sections.Extract(ArticleText.BodyOf(fullText), index);
            if (extracted is null)
            {
                return Fail(StatusCodes.Status404NotFound, $"'{Title}' has no section {index}.");
            }

            Text = extracted;
        }
        else
        {
            Text = fullText;
        }

        return null;
    }

    private PageResult Fail(int status, string message)
    {
        // A posted text stays in the form whatever went wrong: an editor's words are never dropped.
        Message = message;
        Response.StatusCode = status;
        return Page();
    }
}
