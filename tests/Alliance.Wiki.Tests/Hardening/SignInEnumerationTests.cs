using System.Net;
using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Hardening;

/// <summary>
/// Sign-in does not tell which names exist: a locked account, a wrong password and an unknown name get the same page,
/// and an unknown name or a locked account costs a password hash as a wrong password does. The lockout still holds.
/// </summary>
public sealed class SignInEnumerationTests : IDisposable
{
    private const string Password = "the-real-password-1";

    private readonly TempWiki _temp = new(c => c.Write("home.md", "Home", "Text."));

    private WikiServer Wiki => _temp.Server;

    [Fact]
    public async Task A_locked_account_and_an_unknown_name_get_the_same_answer()
    {
        var name = await CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(name, "wrong-password-" + i);
        }

        var locked = await SignInAsync(name, "wrong-password-again");
        var unknown = await SignInAsync("nobody-" + Guid.NewGuid().ToString("N"), "wrong-password-again");

        Assert.Equal(unknown, locked);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(name, Password)).Status);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_answer()
    {
        var name = await CreateAsync();

        Assert.Equal(await SignInAsync("nobody-" + Guid.NewGuid().ToString("N"), "wrong"), await SignInAsync(name, "wrong"));
    }

    [Fact]
    public async Task An_unknown_name_and_a_locked_account_cost_a_password_hash()
    {
        var name = await CreateAsync();
        await Wiki.InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<WikiUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync(name))!, DateTimeOffset.UtcNow.AddHours(1));
        });
        var hasher = new CountingHasher();

        var signedIn = await Wiki.InScopeAsync(async s =>
        {
            var manager = new WikiSignInManager(
                s.GetRequiredService<UserManager<WikiUser>>(),
                new Microsoft.AspNetCore.Http.HttpContextAccessor(),
                s.GetRequiredService<IUserClaimsPrincipalFactory<WikiUser>>(),
                s.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>(),
                s.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SignInManager<WikiUser>>>(),
                s.GetRequiredService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>(),
                s.GetRequiredService<IUserConfirmation<WikiUser>>(),
                hasher);
            return new[] { await manager.SignInEvenlyAsync("nobody-at-all", "guess"), await manager.SignInEvenlyAsync(name, Password) };
        });

        Assert.Equal([false, false], signedIn);
        Assert.Equal(2, hasher.Verified);
    }

    private async Task<string> CreateAsync()
    {
        var name = "real" + Guid.NewGuid().ToString("N")[..8];
        await Wiki.InScopeAsync(s => s.GetRequiredService<AccountBootstrap>().CreateAsync(name, Password, WikiRoles.Editor));
        return name;
    }

    /// <summary>The status and the alert of a sign-in through the form.</summary>
    private async Task<(HttpStatusCode Status, string? Alert)> SignInAsync(string name, string password)
    {
        using var session = WikiSession.Anonymous(Wiki);
        var response = await session.PostFormAsync("/account/sign-in", new() { ["UserName"] = name, ["Password"] = password });
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, page.QuerySelector("[role='alert']")?.TextContent);
    }

    /// <summary>Identity's hasher, counting the passwords it checks.</summary>
    private sealed class CountingHasher : IPasswordHasher<WikiUser>
    {
        private readonly PasswordHasher<WikiUser> _inner = new();

        public int Verified { get; private set; }

        public string HashPassword(WikiUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(WikiUser user, string hashedPassword, string providedPassword)
        {
            Verified++;
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    public void Dispose() => _temp.Dispose();
}
