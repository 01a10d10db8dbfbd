using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Articles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary>
/// <c>/featured</c>: the admins' list of featured articles, one title a line; the main page shows one a day in turn.
/// A line that names no article refuses the whole list with a message, the text kept.
/// </summary>
[Authorize(Policy = WikiPolicies.Admin)]
public sealed class FeaturedListModel(FeaturedArticles featured) : PageModel
{
    [BindProperty]
    public string Titles { get; set; } = string.Empty;

    public string? Problem { get; private set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        Saved = saved;
        Titles = string.Join('\n', await featured.ListAsync(cancellationToken));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Problem = await featured.SetAsync(Titles.Split('\n'), cancellationToken);
        if (Problem is null)
        {
            return RedirectToPage(new { saved = true });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
