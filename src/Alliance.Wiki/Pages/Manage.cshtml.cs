using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Titles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary><c>/manage/{title}</c>: move (rename) a page, keeping the old title as an alias; admins protect it.</summary>
[Authorize(Policy = WikiPolicies.Edit)]
public sealed class ManageModel(ArticleReader reader, ArticleWriter writer) : PageModel
{
    public Core.Storage.Page? Article { get; private set; }

    [BindProperty]
    public string? NewTitle { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? title, CancellationToken cancellationToken) =>
        await LoadAsync(title, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMoveAsync(string? title, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(title, cancellationToken))
        {
            return NotFound();
        }

        if (Article!.IsProtected && !User.IsInRole(WikiRoles.Admin))
        {
            return Forbid();
        }

        try
        {
            var outcome = await writer.MoveAsync(Article.Title, NewTitle ?? string.Empty, User.Identity!.Name!, Reason ?? string.Empty, cancellationToken);
            return Redirect(WikiUrls.Article(outcome.Page.Title));
        }
        catch (ArgumentException e)
        {
            Message = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostProtectAsync(string? title, bool protect, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(WikiRoles.Admin))
        {
            return Forbid();
        }

        if (!await LoadAsync(title, cancellationToken))
        {
            return NotFound();
        }

        await writer.SetProtectionAsync(Article!.Id, Article.Title, protect, cancellationToken);
        return Redirect(WikiUrls.Article(Article.Title));
    }

    private async Task<bool> LoadAsync(string? title, CancellationToken cancellationToken)
    {
        Article = (await reader.FindAsync(title, cancellationToken))?.Page;
        return Article is not null;
    }
}
