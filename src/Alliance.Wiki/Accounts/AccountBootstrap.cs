using System.Security.Cryptography;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Storage;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Wiki.Accounts;

/// <summary>The roles, and on a first start with no accounts, an admin with a random password printed once.</summary>
public sealed class AccountBootstrap(UserManager<WikiUser> users, RoleManager<IdentityRole> roles)
{
    public const string AdminName = "admin";

    public async Task EnsureAsync(TextWriter console)
    {
        ArgumentNullException.ThrowIfNull(console);
        await EnsureRolesAsync();
        if (users.Users.Any())
        {
            return;
        }

        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
        await CreateAsync(AdminName, password, WikiRoles.Admin);
        // Written to the console only, never to a log sink or a file: the operator copies it once.
        await console.WriteLineAsync($"""

            Alliance Wiki: created the account '{AdminName}' with the password
                {password}
            It is shown only this once. Sign in at /account/sign-in.

            """);
    }

    public async Task EnsureRolesAsync()
    {
        foreach (var role in WikiRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    public async Task<WikiUser> CreateAsync(string name, string password, string role)
    {
        var user = new WikiUser { UserName = name };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
