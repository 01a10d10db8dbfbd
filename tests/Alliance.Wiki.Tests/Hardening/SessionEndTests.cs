using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Hardening;

/// <summary>
/// A session ends on the server: a copy of the session cookie taken before a sign-out, a password change, a lockout or
/// a removed role no longer opens the editor when it is replayed afterwards; and a locked account's bot token stops.
/// </summary>
public sealed class SessionEndTests(SharedWiki<SessionEndTests> shared) : SharedWikiTests<SessionEndTests>(shared), IWikiArticles
{
    private const string Password = "the-editors-password-1";
    private const string SignInPage = "302 /account/sign-in";

    private readonly TempWiki _temp = shared.Wiki;

    static void IWikiArticles.Write(TempContent content) => content.Write("session.md", "Session page", "Text.");

    private WikiServer Wiki => _temp.Server;

    [Fact]
    public async Task A_cookie_copied_before_sign_out_no_longer_opens_the_editor()
    {
        var (name, cookie) = await SignInAsync();
        Assert.Equal("200", await EditorWithAsync(cookie));

        await SignOutAsync(cookie);

        Assert.Equal(SignInPage, await EditorWithAsync(cookie));
        Assert.NotEmpty(name);
    }

    [Fact]
    public async Task A_password_change_ends_the_session()
    {
        var (name, cookie) = await SignInAsync();

        await WithUserAsync(name, (users, user) => users.ChangePasswordAsync(user, Password, Password + "-new"));

        Assert.Equal(SignInPage, await EditorWithAsync(cookie));
    }

    [Fact]
    public async Task A_lockout_ends_the_session()
    {
        var (name, cookie) = await SignInAsync();

        await WithUserAsync(name, (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1)));

        Assert.Equal(SignInPage, await EditorWithAsync(cookie));
    }

    [Fact]
    public async Task A_removed_role_takes_the_editor_away_at_once()
    {
        var (name, cookie) = await SignInAsync();

        await WithUserAsync(name, (users, user) => users.RemoveFromRoleAsync(user, WikiRoles.Editor));

        using var client = ClientWith(cookie);
        var response = await client.GetAsync(new Uri("/edit/Session_page", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locked_accounts_bot_token_stops_saving()
    {
        var (name, token) = await BotAsync();
        Assert.Equal(HttpStatusCode.OK, await BotSaveAsync(token, "Before the lockout."));

        await WithUserAsync(name, (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1)));

        Assert.Equal(HttpStatusCode.Unauthorized, await BotSaveAsync(token, "After the lockout."));
    }

    [Fact]
    public async Task A_bot_token_whose_account_lost_its_role_stops_saving()
    {
        var (name, token) = await BotAsync();

        await WithUserAsync(name, (users, user) => users.RemoveFromRoleAsync(user, WikiRoles.Editor));

        Assert.Equal(HttpStatusCode.Forbidden, await BotSaveAsync(token, "After the role went."));
    }

    /// <summary>Signs an editor in through the form; returns the session cookie as a browser would send it.</summary>
    private async Task<(string Name, string Cookie)> SignInAsync()
    {
        var name = "session" + Guid.NewGuid().ToString("N")[..8];
        await Wiki.InScopeAsync(s => s.GetRequiredService<AccountBootstrap>().CreateAsync(name, Password, WikiRoles.Editor));
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Wiki.Address };
        var response = await PostFormAsync(client, "/account/sign-in", new() { ["UserName"] = name, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (name, cookies.GetCookieHeader(Wiki.Address));
    }

    private async Task SignOutAsync(string cookie)
    {
        using var client = ClientWith(cookie);
        var response = await PostFormAsync(client, "/account/sign-out", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The status of the edit form for a request carrying exactly this cookie header, and where a redirect goes.</summary>
    private async Task<string> EditorWithAsync(string cookie)
    {
        using var client = ClientWith(cookie);
        var response = await client.GetAsync(new Uri("/edit/Session_page", UriKind.Relative));
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return response.Headers.Location is { } location ? status + " " + location.AbsolutePath : status;
    }

    private HttpClient ClientWith(string cookie)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = Wiki.Address };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var page = await Html.ParseAsync(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
        fields["__RequestVerificationToken"] = page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? string.Empty;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private async Task<(string Name, string Token)> BotAsync()
    {
        using var session = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        return (session.Name, await session.CreateApiTokenAsync(Wiki));
    }

    private async Task<HttpStatusCode> BotSaveAsync(string token, string markdown)
    {
        using var client = Wiki.NewClient(followRedirects: false);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var latest = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri("/api/pages/Session_page", UriKind.Relative));
        var response = await client.PutAsJsonAsync(new Uri("/api/pages/Session_page", UriKind.Relative),
            new { markdown, summary = "bot", baseRevision = latest.GetProperty("revision").GetInt64() });
        return response.StatusCode;
    }

    private Task WithUserAsync(string name, Func<UserManager<WikiUser>, WikiUser, Task<IdentityResult>> change) => Wiki.InScopeAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<WikiUser>>();
        var result = await change(users, (await users.FindByNameAsync(name))!);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
    });
}
