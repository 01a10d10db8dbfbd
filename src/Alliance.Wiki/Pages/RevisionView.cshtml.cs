using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Editing;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary><c>/revision/{id}</c>: a revision as it read then, under a banner when it is not the current one.</summary>
public sealed class RevisionViewModel(ArticleReader reader, RenderCache renders, PageEditor editor, IAuthorizationService authorization) : PageModel
{
    public Core.Storage.Page? Article { get; private set; }

    public Revision? Revision { get; private set; }

    public RenderedArticle? Rendered { get; private set; }

    public bool IsCurrent => Article?.LatestRevisionId == Revision?.Id;

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var found = await reader.RevisionAsync(id, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        (Article, Revision) = found.Value;
        // From the render cache, as the article page is: an old revision is rendered once, not for every reader.
        var (rendered, _) = await renders.GetOrRenderAsync(Article.Title, Revision.Id, cancellationToken);
        Rendered = rendered with { Html = SectionEditLinks.Strip(rendered.Html) };
        return Page();
    }

    public Task<IActionResult> OnPostRestoreAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (author, admin) => editor.RestoreAsync(id, author, admin, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUndoAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (author, admin) => editor.UndoAsync(id, author, admin, cancellationToken), cancellationToken);

    /// <summary>Restore and undo write revisions, so they need the edit right, checked here on the server.</summary>
    private async Task<IActionResult> ChangeAsync(long id, Func<string, bool, Task<EditResult>> change, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, WikiPolicies.Edit)).Succeeded)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        var result = await change(User.Identity?.Name ?? "Anonymous", User.IsInRole(Core.Accounts.WikiRoles.Admin));
        if (result.IsSaved || result.Status == EditStatus.Unchanged)
        {
            return Redirect(Core.Titles.WikiUrls.Article(result.Title));
        }

        await OnGetAsync(id, cancellationToken);
        Message = result.Message;
        Response.StatusCode = result.Status == EditStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
        return Page();
    }
}
