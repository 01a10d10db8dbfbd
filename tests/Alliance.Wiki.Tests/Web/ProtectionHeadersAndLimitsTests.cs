using System.Net;
using Alliance.Wiki.Protection;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Web;

/// <summary>Security headers on every kind of response, and rate limits that answer 429 with Retry-After.</summary>
public sealed class ProtectionHeadersAndLimitsTests : IDisposable
{
    private readonly WikiServer _wiki = new(RepositoryPaths.Content, new Dictionary<string, string?>
    {
        ["Wiki:RateLimits:SignInPerMinute"] = "3",
        ["Wiki:RateLimits:SavesPerMinute"] = "2",
        ["Wiki:RateLimits:SearchesPerMinute"] = "3",
    });

    [Theory]
    [InlineData("/")]
    [InlineData("/wiki/Korean_War")]
    [InlineData("/wiki/No_such_page")]
    [InlineData("/api/pages/Korean_War")]
    [InlineData("/account/sign-in")]
    [InlineData("/css/wiki.css")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await _wiki.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Pages_hold_no_inline_script_or_style()
    {
        foreach (var url in new[] { "/", "/wiki/US%E2%80%93South_Korea_alliance", "/account/sign-in", "/search?q=treaty&fulltext=1" })
        {
            var page = await Html.GetAsync(_wiki.Http, url);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), $"inline script on {url}"));
            Assert.Empty(page.QuerySelectorAll("style"));
            Assert.Empty(page.QuerySelectorAll("[style]"));
            Assert.Empty(page.QuerySelectorAll("[onclick], [onload], [onerror], [onmouseover]"));
        }
    }

    [Theory]
    [InlineData("PATCH", "/recent-changes")]
    [InlineData("POST", "/account/sign-in")]
    [InlineData("POST", "/edit/Korean_War")]
    [InlineData("GET", "/history/Korean_War?%5B%5B=1&a%5Bb=2")]
    public async Task Keys_in_broken_bracket_syntax_get_a_clear_answer_not_a_server_error(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (method != "GET")
        {
            request.Content = new StringContent("Text=O'Brien%zz&%5B%5B=1&%EC%A3%BC%5B%5Bxx=2", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");
        }

        var response = await _wiki.Http.SendAsync(request);
        Assert.True((int)response.StatusCode < 500, $"{method} {url} answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_answer_429_with_retry_after()
    {
        using var client = WikiSession.Anonymous(_wiki);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await client.PostFormAsync("/account/sign-in", new() { ["UserName"] = "nobody", ["Password"] = "wrong-password" });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.OK, (await client.Client.GetAsync(new Uri("/account/sign-in", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Too_many_saves_answer_429_and_opening_the_form_stays_free()
    {
        using var editor = await WikiSession.SignInAsync(_wiki, Core.Accounts.WikiRoles.Editor);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await editor.SaveAsync("Korean War", t => t + $"\nEdit {i}.", section: 0)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/edit/Korean_War")).Response.StatusCode);
    }

    [Fact]
    public async Task Too_many_searches_answer_429_with_retry_after_and_reading_stays_free()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await _wiki.Http.GetAsync(new Uri($"/search?q=treaty+{i}&fulltext=1", UriKind.Relative));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.OK, (await _wiki.Http.GetAsync(new Uri("/wiki/Korean_War", UriKind.Relative))).StatusCode);
    }

    public void Dispose() => _wiki.Dispose();
}
