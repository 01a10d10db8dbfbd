using System.Security.Claims;
using Alliance.Wiki.Core.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Accounts;

/// <summary>
/// Identity's sign-in with two changes. A sign-in costs one password hash and gets the same answer whether the name is
/// unknown, the password wrong or the account locked, so neither the message nor the time tells which names exist. And a
/// session cookie stops being valid when its account is locked, as it does when the security stamp changes (sign-out,
/// password change), because the stamp is checked on every request.
/// </summary>
public sealed class WikiSignInManager(
    UserManager<WikiUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<WikiUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<WikiUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<WikiUser> confirmation,
    IPasswordHasher<WikiUser> hasher)
    : SignInManager<WikiUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    // A hash made by the configured hasher, so checking a password against it costs what checking a real one does.
    private static string? _dummyHash;

    /// <summary>True when the name and password are right and the account may sign in; the session cookie is then issued.</summary>
    public async Task<bool> SignInEvenlyAsync(string name, string password)
    {
        var user = await UserManager.FindByNameAsync(name);
        if (user is null || await UserManager.IsLockedOutAsync(user))
        {
            // Identity answers an unknown name or a locked account at once; hash anyway, so the time says nothing.
            _dummyHash ??= hasher.HashPassword(new WikiUser(), "a password no account has");
            hasher.VerifyHashedPassword(new WikiUser(), _dummyHash, password);
            return false;
        }

        return (await PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true)).Succeeded;
    }

    /// <summary>Ends the session on the server too: the new security stamp makes every copy of the old cookie invalid.</summary>
    public async Task SignOutEverywhereAsync(ClaimsPrincipal principal)
    {
        if (await UserManager.GetUserAsync(principal) is { } user)
        {
            await UserManager.UpdateSecurityStampAsync(user);
        }

        await SignOutAsync();
    }

    public override async Task<WikiUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await UserManager.IsLockedOutAsync(user) ? null : user;
    }
}
