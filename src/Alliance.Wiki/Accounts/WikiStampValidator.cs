using Alliance.Wiki.Core.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Accounts;

/// <summary>
/// Identity's security-stamp check, run on every request (<see cref="AccountServices"/>), with the account's roles read
/// afresh each time, so a removed role takes effect at once. Identity would also reissue the cookie on every check: a
/// Set-Cookie on every page, for a cookie that has not changed; this keeps the cookie as it is.
/// </summary>
public sealed class WikiStampValidator(IOptions<SecurityStampValidatorOptions> options, SignInManager<WikiUser> signIn, ILoggerFactory logger)
    : SecurityStampValidator<WikiUser>(options, signIn, logger)
{
    protected override async Task SecurityStampVerified(WikiUser user, CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ReplacePrincipal(await SignInManager.CreateUserPrincipalAsync(user));
    }
}
