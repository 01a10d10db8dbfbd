using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages.Account;

public sealed class SignInModel : PageModel
{
    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl)
    {
        ReturnUrl = returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
    }
}
