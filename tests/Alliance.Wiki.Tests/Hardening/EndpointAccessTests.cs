using System.Net.Http.Headers;
using System.Net.Http.Json;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Hardening;

/// <summary>
/// Every state-changing endpoint the app declares refuses whoever may not use it: anonymous visitors, form posts
/// without an anti-forgery token, a bad bearer token, an account without a role, and an editor where only admins may
/// act. A refusal is a 4xx or a redirect to sign-in or access-denied, with no row changed and no session cookie set;
/// then the right user, with a token, does get through, so each refusal is proved to be one.
/// </summary>
public sealed class EndpointAccessTests : IAsyncLifetime
{
    /// <summary>Who may use an endpoint. Every endpoint not named below needs the editor role.</summary>
    private enum Access
    {
        Editor,
        Admin,

        /// <summary>Any visitor (signing in and out), but only from the wiki's own form: the anti-forgery token is still required.</summary>
        Anyone,
    }

    private static readonly Dictionary<string, Access> NotForEditors = new(StringComparer.Ordinal)
    {
        ["POST /account/sign-in"] = Access.Anyone,
        ["POST /account/sign-out"] = Access.Anyone,
        ["POST /manage/{**title}?handler=Protect"] = Access.Admin,
        ["POST /featured"] = Access.Admin,
    };

    /// <summary>
    /// Endpoints that answer a POST without changing anything: the error page (where a failed request of any method is
    /// re-executed; it ignores anti-forgery tokens by design), and previews and the undo and restore links to the
    /// editor, which must still refuse outsiders but write nothing.
    /// </summary>
    private static readonly HashSet<string> ErrorPage = new(StringComparer.Ordinal)
    {
        "POST /error/{code:int}",
        "PUT /error/{code:int}",
        "DELETE /error/{code:int}",
        "PATCH /error/{code:int}",
    };

    private static readonly HashSet<string> StateFree = new(ErrorPage, StringComparer.Ordinal)
    {
        "POST /api/render",
        "POST /edit/{**title}?handler=Preview",

        // Undo and restore open the editor prefilled (a 303 to it); the editor's save is the state change.
        "POST /revision/{id:long}?handler=Restore",
        "POST /revision/{id:long}?handler=Undo",
    };

    /// <summary>The account the sign-in form is posted for.</summary>
    private const string SignInName = "access-sign-in";
    private const string SignInPassword = "password-of-the-sign-in-account";

    private readonly TempContent _content = new();
    private WikiServer _wiki = null!;
    private int _pages;

    public async ValueTask InitializeAsync()
    {
        _content.Write("home.md", "Access home", "Home.");
        _wiki = new WikiServer(_content.Folder, new Dictionary<string, string?>
        {
            ["Wiki:RateLimits:SignInPerMinute"] = "100000",
            ["Wiki:RateLimits:SavesPerMinute"] = "100000",
        });
        await Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _wiki.Dispose();
        _content.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Every_state_changing_endpoint_refuses_whoever_may_not_use_it()
    {
        var endpoints = await StateChangingEndpoint.FindAllAsync(_wiki.Services);
        var keys = endpoints.Select(e => e.Key).ToList();
        Assert.Contains("POST /edit/{**title}?handler=Save", keys);
        Assert.Contains("PUT /api/pages/{**title}", keys);
        Assert.Contains("POST /api/render", keys);
        Assert.All(NotForEditors.Keys.Concat(StateFree), key => Assert.Contains(key, keys));

        using var anonymous = await Principal.AnonymousAsync(_wiki);
        using var reader = await Principal.SignInAsync(_wiki, role: null);
        using var editor = await Principal.SignInAsync(_wiki, WikiRoles.Editor);
        using var admin = await Principal.SignInAsync(_wiki, WikiRoles.Admin);
        using var nobody = Principal.Nobody(_wiki);
        await _wiki.InScopeAsync(s => s.GetRequiredService<Alliance.Wiki.Accounts.AccountBootstrap>().CreateAsync(SignInName, SignInPassword, WikiRoles.Editor));
        var failures = new List<string>();
        var tested = 0;
        foreach (var endpoint in endpoints.Where(e => !ErrorPage.Contains(e.Key)))
        {
            var access = NotForEditors.GetValueOrDefault(endpoint.Key, Access.Editor);
            var values = await FreshPageAsync();
            // Signing in or out changes the session it is sent with, so those get a visitor of their own.
            using var own = access != Access.Anyone ? null
                : endpoint.Template.Contains("sign-in", StringComparison.Ordinal) ? await Principal.AnonymousAsync(_wiki) : await Principal.SignInAsync(_wiki, role: null);
            var rightful = own ?? (access == Access.Admin ? admin : editor);
            var attempts = new List<(string Who, Principal Principal, bool Antiforgery, string? Bearer)>
            {
                ("the rightful user without an anti-forgery token", rightful, false, null),
            };
            if (access != Access.Anyone)
            {
                attempts.Add(("an anonymous visitor", anonymous, true, null));
                attempts.Add(("a bad bearer token", nobody, false, "not-a-token-" + Guid.NewGuid().ToString("N")));
                attempts.Add(("an account with no role", reader, true, reader.Token));
            }

            if (access == Access.Admin)
            {
                attempts.Add(("an editor", editor, true, editor.Token));
            }

            foreach (var (who, principal, antiforgery, bearer) in attempts)
            {
                tested++;
                var before = await SnapshotAsync();
                using var response = await SendAsync(endpoint, values, principal, antiforgery, bearer);
                var after = await SnapshotAsync();
                if (!IsRefusal(response) || before != after || SetsSession(response))
                {
                    failures.Add($"{endpoint.Key} let {who} through: {(int)response.StatusCode} {response.Headers.Location}, state {before} -> {after}");
                }
            }

            // The rightful user with a token gets through, so the refusals above were refusals and not a broken request.
            var beforeRightful = await SnapshotAsync();
            using var accepted = await SendAsync(endpoint, values, rightful, antiforgery: true, rightful.Token);
            var changed = await SnapshotAsync() != beforeRightful || (access == Access.Anyone && SetsSession(accepted));
            if (IsRefusal(accepted) || (!StateFree.Contains(endpoint.Key) && !changed))
            {
                failures.Add($"{endpoint.Key} did not accept the rightful user: {(int)accepted.StatusCode} {accepted.Headers.Location} {await accepted.Content.ReadAsStringAsync()}");
            }
        }

        var checkedEndpoints = endpoints.Count(e => !ErrorPage.Contains(e.Key));
        Assert.True(tested >= 3 * checkedEndpoints, $"only {tested} refusals tried on {checkedEndpoints} endpoints");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>A page of its own for each endpoint, with three revisions changing different paragraphs (so restore and undo apply).</summary>
    private async Task<Dictionary<string, string>> FreshPageAsync()
    {
        var title = $"Access page {++_pages}";
        var revisions = new List<long>();
        foreach (var body in new[] { "First.\n\nSecond.", "First, changed.\n\nSecond.", "First, changed.\n\nSecond, changed." })
        {
            var outcome = await _wiki.InScopeAsync(s => s.GetRequiredService<ArticleWriter>().SaveAsync(
                new SaveCommand(title, new ArticleDocument(null, ArticleMetadata.Empty, body), "setup", string.Empty, false, RevisionOrigin.Editor), CancellationToken.None));
            revisions.Add(outcome.Revision!.Id);
        }

        return new Dictionary<string, string>
        {
            ["title"] = WikiUrls.PathSegment(title),
            ["id"] = revisions[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["base"] = revisions[2].ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static async Task<HttpResponseMessage> SendAsync(
        StateChangingEndpoint endpoint, Dictionary<string, string> values, Principal principal, bool antiforgery, string? bearer)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), new Uri(endpoint.Url(values), UriKind.Relative));
        var text = $"Changed through {endpoint.Key} at {Guid.NewGuid():N}.";
        if (endpoint.TakesJson)
        {
            request.Content = JsonContent.Create(new { markdown = text, summary = "access test", baseRevision = long.Parse(values["base"], System.Globalization.CultureInfo.InvariantCulture) });
        }
        else
        {
            // Every form's fields at once; each handler binds its own.
            var fields = new Dictionary<string, string>
            {
                ["Text"] = text,
                ["text"] = text,
                ["Summary"] = "access test",
                ["BaseRevisionId"] = values["base"],
                ["NewTitle"] = "Moved page " + Guid.NewGuid().ToString("N"),
                ["Reason"] = "access test",
                ["protect"] = "true",
                ["Titles"] = Uri.UnescapeDataString(values["title"]),
                ["UserName"] = SignInName,
                ["Password"] = SignInPassword,
            };
            if (antiforgery && principal.AntiforgeryToken is { } token)
            {
                fields["__RequestVerificationToken"] = token;
            }

            request.Content = new FormUrlEncodedContent(fields);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await principal.Client.SendAsync(request);
    }

    private static bool IsRefusal(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return status is >= 400 and < 500
            || (status is 302 or 303 && (location.Contains("/account/sign-in", StringComparison.Ordinal) || location.Contains("/account/access-denied", StringComparison.Ordinal)));
    }

    private static bool SetsSession(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("wiki.session=", StringComparison.Ordinal));

    /// <summary>What a state change would touch: pages, revisions, names, protection, accounts and their failed sign-ins, tokens, the featured list.</summary>
    private Task<string> SnapshotAsync() =>
        _wiki.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<WikiDbContext>();
            return string.Join(
                "/",
                await db.Pages.CountAsync(),
                await db.Revisions.CountAsync(),
                await db.PageNames.CountAsync(),
                await db.Pages.CountAsync(p => p.IsProtected),
                await db.Users.CountAsync(),
                await db.Users.SumAsync(u => u.AccessFailedCount),
                await db.ApiTokens.CountAsync(),
                string.Join(',', await db.FeaturedArticles.Select(f => f.Title).ToListAsync()));
        });

    /// <summary>A visitor with a cookie session, the anti-forgery token its pages carry, and a bot token when it has an account.</summary>
    private sealed record Principal(WikiSession Session, string? Token, string? AntiforgeryToken) : IDisposable
    {
        public HttpClient Client => Session.Client;

        /// <summary>A visitor with a cookie session but no account.</summary>
        public static async Task<Principal> AnonymousAsync(WikiServer wiki)
        {
            var session = WikiSession.Anonymous(wiki);
            return new Principal(session, null, await AntiforgeryAsync(session, "/account/sign-in"));
        }

        /// <summary>A visitor with no cookie and no token.</summary>
        public static Principal Nobody(WikiServer wiki) => new(WikiSession.Anonymous(wiki), null, null);

        /// <summary>An account with the role (or none), signed in through the form, with a bot token of its own.</summary>
        public static async Task<Principal> SignInAsync(WikiServer wiki, string? role)
        {
            var session = await WikiSession.SignInAsync(wiki, role);
            return new Principal(session, await session.CreateApiTokenAsync(wiki), await AntiforgeryAsync(session, "/"));
        }

        public void Dispose() => Session.Dispose();

        private static async Task<string?> AntiforgeryAsync(WikiSession session, string url) =>
            (await session.GetAsync(url)).Page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value");
    }
}
