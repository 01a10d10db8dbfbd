using System.Net;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Web;

/// <summary>The theme switch: remembered in a cookie, only ever sending the reader back to this site, and cached pages kept apart per theme.</summary>
public sealed class ReaderPreferencesTests(WikiServer wiki) : IClassFixture<WikiServer>
{
    [Theory]
    [InlineData("/wiki/Korean_War", "/wiki/Korean_War")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    public async Task The_switch_remembers_the_theme_and_goes_back_only_to_this_site(string returnUrl, string location)
    {
        var response = await wiki.Http.GetAsync(new Uri("/preferences/theme?set=dark&returnUrl=" + Uri.EscapeDataString(returnUrl), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wiki-theme=dark;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_theme_is_a_clear_400()
    {
        var response = await wiki.Http.GetAsync(new Uri("/preferences/theme?set=purple", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("use auto, light or dark", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_article_is_not_served_in_another_readers_theme()
    {
        using var light = wiki.NewClient(followRedirects: false);
        Assert.Contains("data-theme=\"auto\"", await light.GetStringAsync(new Uri("/wiki/Korean_War", UriKind.Relative)), StringComparison.Ordinal);
        using var dark = wiki.NewClient(followRedirects: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/wiki/Korean_War");
        request.Headers.Add("Cookie", "wiki-theme=dark");
        var html = await (await dark.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("data-theme=\"dark\"", html, StringComparison.Ordinal);
    }
}
