using Alliance.Wiki.Core.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages.Account;

/// <summary>Sign-in with lockout after repeated failures; returns to the page the reader came from.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Protection.RateLimits.SignIn)]
public sealed class SignInModel(SignInManager<WikiUser> signIn) : PageModel
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
        var result = await signIn.PasswordSignInAsync(UserName ?? string.Empty, Password ?? string.Empty, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Error = result.IsLockedOut
            ? "This account is locked after too many failed sign-ins. Try again in 15 minutes."
            : "The name or the password is wrong.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
