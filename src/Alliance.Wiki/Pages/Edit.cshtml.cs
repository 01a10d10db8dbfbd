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

    public async Task<IActionResult> OnGetAsync(string? title, string? section, CancellationToken cancellationToken)
    {
        if (await LoadAsync(title, section, cancellationToken) is { } early)
        {
            return early;
        }

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
                Conflict = result.Conflict;
                ConflictDiff = LineDiff.Compare(Conflict!.CurrentText, Conflict.YourText);
                Text = Conflict.YourText;
                BaseRevisionId = Conflict.CurrentRevisionId;
                Section = null;
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
