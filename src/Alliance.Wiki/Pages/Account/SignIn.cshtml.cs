using Alliance.Wiki.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages.Account;

/// <summary>Sign-in with lockout after repeated failures (<see cref="WikiSignInManager"/>); returns to the page the reader came from.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Protection.RateLimits.SignIn)]
public sealed class SignInModel(WikiSignInManager signIn) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.SignInEvenlyAsync(UserName ?? string.Empty, Password ?? string.Empty))
        {
            return LocalRedirect(ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        // One message for an unknown name, a wrong password and a locked account: which names exist is nobody's business.
        Error = "The name or the password is wrong, or the account is locked for 15 minutes after too many failed sign-ins.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
