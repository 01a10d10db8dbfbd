using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Web;

public sealed class AccountBootstrapTests(WikiServer wiki) : IClassFixture<WikiServer>
{
    [Fact]
    public async Task First_start_makes_one_admin_and_later_starts_make_none()
    {
        var admins = await wiki.InScopeAsync(async s => await s.GetRequiredService<UserManager<WikiUser>>().GetUsersInRoleAsync(WikiRoles.Admin));
        var admin = Assert.Single(admins);
        Assert.Equal(AccountBootstrap.AdminName, admin.UserName);
        Assert.NotNull(admin.PasswordHash);

        using var output = new StringWriter();
        await wiki.InScopeAsync<object?>(async s =>
        {
            await s.GetRequiredService<AccountBootstrap>().EnsureAsync(output);
            return null;
        });
        Assert.Equal(string.Empty, output.ToString());
        Assert.Single(await wiki.InScopeAsync(async s => await s.GetRequiredService<UserManager<WikiUser>>().GetUsersInRoleAsync(WikiRoles.Admin)));
    }

    [Fact]
    public async Task Sign_in_locks_out_after_repeated_failures()
    {
        using var editor = await WikiSession.SignInAsync(wiki, WikiRoles.Editor);
        using var attacker = WikiSession.Anonymous(wiki);
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
        {
            last = await attacker.PostFormAsync("/account/sign-in", new() { ["UserName"] = editor.Name, ["Password"] = "wrong-password-" + i });
        }

        Assert.Contains("locked", await last!.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
