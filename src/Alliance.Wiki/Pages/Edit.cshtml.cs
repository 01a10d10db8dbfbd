using Alliance.Wiki.Core.Titles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary><c>/edit/{title}</c>: editing needs a signed-in editor, so for now every request goes to sign-in.</summary>
public sealed class EditModel : PageModel
{
    public IActionResult OnGet(string? title, int? section)
    {
        var returnUrl = WikiUrls.Edit(WikiTitle.Normalize(title), section);
        return Redirect("/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
    }
}
