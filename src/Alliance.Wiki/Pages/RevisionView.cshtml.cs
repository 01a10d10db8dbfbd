using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary><c>/revision/{id}</c>: a revision as it read then, under a banner when it is not the current one.</summary>
public sealed class RevisionViewModel(ArticleReader reader, RenderCache renders, IAuthorizationService authorization) : PageModel
{
    public Core.Storage.Page? Article { get; private set; }

    public Revision? Revision { get; private set; }

    public RenderedArticle? Rendered { get; private set; }

    public bool IsCurrent => Article?.LatestRevisionId == Revision?.Id;

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

    // Undo and restore open the editor, prefilled, as Wikipedia does: a click never saves. A form posted from an old
    // copy of this page is sent there too (303), rather than falling through to a page with nothing loaded.
    public Task<IActionResult> OnPostRestoreAsync(long id, CancellationToken cancellationToken) => ToEditorAsync(id, "restore", cancellationToken);

    public Task<IActionResult> OnPostUndoAsync(long id, CancellationToken cancellationToken) => ToEditorAsync(id, "undo", cancellationToken);

    private async Task<IActionResult> ToEditorAsync(long id, string action, CancellationToken cancellationToken)
    {
        // Only those who could save the result are sent on: the same refusal as the editor's, one step earlier.
        if (!(await authorization.AuthorizeAsync(User, WikiPolicies.Edit)).Succeeded)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        if (await reader.RevisionAsync(id, cancellationToken) is not var (page, _))
        {
            return NotFound();
        }

        Response.Headers.Location = Core.Titles.WikiUrls.Edit(page.Title) + "?" + action + "=" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return StatusCode(StatusCodes.Status303SeeOther);
    }
}
