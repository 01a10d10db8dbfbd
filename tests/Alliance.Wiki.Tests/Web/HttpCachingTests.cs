using System.Net;
using System.Net.Http.Headers;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Web;

/// <summary>Conditional requests on articles, compression, and cache lifetimes of static files.</summary>
public sealed class HttpCachingTests(SharedWiki<HttpCachingTests> shared) : SharedWikiTests<HttpCachingTests>(shared), IWikiArticles
{
    private readonly TempWiki _temp = shared.Wiki;

    static void IWikiArticles.Write(TempContent content)
    {
        content.Write("alpha.md", "Alpha", "Alpha links to [[Beta]].");
        content.Write("gamma.md", "Gamma", "Gamma text.");
    }

    private WikiServer Wiki => _temp.Server;

    [Fact]
    public async Task An_unchanged_article_answers_304_and_a_changed_one_200()
    {
        var first = await Wiki.Http.GetAsync(new Uri("/wiki/Gamma", UriKind.Relative));
        var etag = first.Headers.ETag!;
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync("/wiki/Gamma", r => r.Headers.IfNoneMatch.Add(etag))).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync("/wiki/Gamma", r => r.Headers.IfModifiedSince = first.Content.Headers.LastModified)).StatusCode);

        await SaveAsync("Gamma", "Gamma text, edited.");
        var changed = await GetAsync("/wiki/Gamma", r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task A_red_link_turning_blue_changes_the_etag()
    {
        var before = await Wiki.Http.GetAsync(new Uri("/wiki/Alpha", UriKind.Relative));
        Assert.Contains("class=\"wikilink new\"", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await SaveAsync("Beta", "Beta now exists.");

        var after = await GetAsync("/wiki/Alpha", r => r.Headers.IfNoneMatch.Add(before.Headers.ETag!));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.DoesNotContain("class=\"wikilink new\"", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_reader_gets_an_etag_of_their_own_and_no_public_caching()
    {
        var anonymous = await Wiki.Http.GetAsync(new Uri("/wiki/Gamma", UriKind.Relative));
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var (signedIn, _) = await editor.GetAsync("/wiki/Gamma");
        Assert.NotEqual(anonymous.Headers.ETag, signedIn.Headers.ETag);
        // Never cached for others: the page names the reader (and holds an anti-forgery token, which adds no-store).
        Assert.DoesNotContain("public", signedIn.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed(string encoding)
    {
        var response = await GetAsync("/wiki/Gamma", r => r.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding)));
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Fingerprinted_static_files_are_cached_for_a_year()
    {
        var page = await Html.GetAsync(Wiki.Http, "/");
        var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Contains("?v=", css, StringComparison.Ordinal);
        var response = await Wiki.Http.GetAsync(new Uri(css, UriKind.Relative));
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
    }

    private async Task<HttpResponseMessage> GetAsync(string url, Action<HttpRequestMessage> setUp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        setUp(request);
        return await Wiki.Http.SendAsync(request);
    }

    private Task<SaveOutcome> SaveAsync(string title, string text) => Wiki.InScopeAsync(s => s.GetRequiredService<ArticleWriter>().SaveAsync(
        new SaveCommand(title, ArticleDocument.Parse(text), "editor1", "edit", false, RevisionOrigin.Editor), CancellationToken.None));
}
