using System.Security.Claims;
using Alliance.Wiki.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Accounts;

/// <summary>
/// The principal of a session or a bot's token: Identity's account claims and one role claim per role, read afresh on
/// every request (the stamp check and the token handler). Identity's factory for accounts with roles also looks up
/// each role and its claims, two more queries a role on every request; the wiki gives roles no claims (a role is its
/// name, which is all the policies test), so those queries could only ever come back empty.
/// </summary>
public sealed class WikiClaimsPrincipalFactory(UserManager<WikiUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<WikiUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WikiUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        foreach (var role in await UserManager.GetRolesAsync(user))
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, role));
        }

        return identity;
    }
}
