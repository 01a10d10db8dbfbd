using Alliance.Wiki.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages.Account;

public sealed class SignOutModel(WikiSignInManager signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutEverywhereAsync(User);
        return LocalRedirect("/");
    }
}
