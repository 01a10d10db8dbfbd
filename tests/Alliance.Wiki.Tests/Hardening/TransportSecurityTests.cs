using System.Net;
using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Hardening;

/// <summary>
/// Behind a TLS proxy: X-Forwarded-Proto is believed from the configured proxies only, and then the session and
/// anti-forgery cookies are Secure (and HttpOnly, SameSite=Lax) and answers carry HSTS; absolute links in the feed and
/// opensearch.xml come from Wiki:BaseUrl, not from a Host header anyone can send.
/// </summary>
public sealed class TransportSecurityTests : IDisposable
{
    private const string Password = "the-editors-password-1";

    private readonly TempContent _content = new();
    private readonly List<WikiServer> _servers = [];

    public TransportSecurityTests()
    {
        _content.Write("home.md", "Home", "Text.");
    }

    [Fact]
    public async Task Behind_a_configured_proxy_the_session_cookie_is_secure_httponly_and_lax()
    {
        var wiki = Start(new() { ["Wiki:KnownProxies:0"] = "127.0.0.1" });

        var cookie = await SessionCookieAsync(wiki, forwardedHttps: true);

        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_forwarded_scheme_from_an_address_not_configured_is_ignored()
    {
        var wiki = Start(new() { ["Wiki:KnownProxies:0"] = "10.1.2.3" });

        var cookie = await SessionCookieAsync(wiki, forwardedHttps: true);

        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task On_https_answers_carry_hsts_and_the_anti_forgery_cookie_is_secure()
    {
        var wiki = Start(new() { ["Wiki:KnownProxies:0"] = "10.0.0.0/8", ["Wiki:KnownProxies:1"] = "127.0.0.1" });

        using var https = await GetAsync(wiki, "/account/sign-in", forwardedHttps: true, host: "wiki.example");
        using var http = await GetAsync(wiki, "/account/sign-in", forwardedHttps: false, host: "wiki.example");

        Assert.StartsWith("max-age=", Assert.Single(https.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.False(http.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains("secure", AntiforgeryCookie(https), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", AntiforgeryCookie(http), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/recent-changes.atom")]
    [InlineData("/opensearch.xml")]
    public async Task Absolute_links_come_from_the_base_url_whatever_the_host_header(string url)
    {
        var wiki = Start(new() { ["Wiki:BaseUrl"] = "https://wiki.example.org" });

        using var response = await GetAsync(wiki, url, forwardedHttps: false, host: "attacker.example");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("https://wiki.example.org/", body, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", body, StringComparison.Ordinal);
    }

    private WikiServer Start(Dictionary<string, string?> settings)
    {
        var wiki = new WikiServer(_content.Folder, settings);
        _servers.Add(wiki);
        return wiki;
    }

    private static async Task<HttpResponseMessage> GetAsync(WikiServer wiki, string url, bool forwardedHttps, string? host = null, string? cookie = null)
    {
        using var client = Client(wiki, forwardedHttps, host, cookie);
        return await client.GetAsync(new Uri(url, UriKind.Relative));
    }

    /// <summary>Signs an editor in through the form, cookies passed by hand (a cookie container keeps Secure cookies off plain http); returns the Set-Cookie of the session.</summary>
    private static async Task<string> SessionCookieAsync(WikiServer wiki, bool forwardedHttps)
    {
        var name = "proxied" + Guid.NewGuid().ToString("N")[..8];
        await wiki.InScopeAsync(s => s.GetRequiredService<AccountBootstrap>().CreateAsync(name, Password, WikiRoles.Editor));
        using var form = await GetAsync(wiki, "/account/sign-in", forwardedHttps);
        var antiforgery = AntiforgeryCookie(form).Split(';')[0];
        var page = await Html.ParseAsync(await form.Content.ReadAsStringAsync());
        using var client = Client(wiki, forwardedHttps, null, antiforgery);
        using var fields = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = name,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? string.Empty,
        });
        using var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wiki.session=", StringComparison.Ordinal));
    }

    private static string AntiforgeryCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));

    private static HttpClient Client(WikiServer wiki, bool forwardedHttps, string? host, string? cookie)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = wiki.Address };
        if (forwardedHttps)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        }

        if (host is not null)
        {
            client.DefaultRequestHeaders.Host = host;
        }

        if (cookie is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        return client;
    }

    public void Dispose()
    {
        _servers.ForEach(s => s.Dispose());
        _content.Dispose();
    }
}
