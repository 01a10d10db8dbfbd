using System.Net;
using System.Text.Json;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Web;

/// <summary>Every reading URL of DESIGN.md over real HTTP, on the shipped content.</summary>
public sealed partial class ReadingPagesTests(WikiServer wiki) : IClassFixture<WikiServer>
{
    private const string Alliance = "/wiki/US%E2%80%93South_Korea_alliance";

    [Fact]
    public async Task Main_page_lists_articles_by_category_with_a_search_box()
    {
        var page = await Html.GetAsync(wiki.Http, "/");
        Assert.NotNull(page.QuerySelector("form[action='/search'] input[name='q']"));
        var categories = page.QuerySelectorAll(".category-box h2").Select(h => h.TextContent).ToList();
        Assert.Contains("History", categories);
        Assert.Contains("Alliance", categories);
        Assert.NotNull(page.QuerySelector(".category-box a[href='/wiki/Korean_War']"));
    }

    [Fact]
    public async Task Search_engines_get_the_articles_summary_as_its_description_and_the_wiki_elsewhere()
    {
        var article = await Html.GetAsync(wiki.Http, "/wiki/Mutual_Defense_Treaty_(1953)");
        Assert.StartsWith("The 1953 treaty in which the United States and South Korea pledged", article.QuerySelector("meta[name='description']")?.GetAttribute("content"), StringComparison.Ordinal);

        var main = await Html.GetAsync(wiki.Http, "/");
        Assert.Contains("reference wiki on Korea relations", main.QuerySelector("meta[name='description']")?.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alliance_article_has_contents_cross_links_and_see_also()
    {
        var response = await wiki.Http.GetAsync(new Uri(Alliance, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("US–South Korea alliance", page.QuerySelector("h1#firstHeading")?.TextContent);
        Assert.True(page.QuerySelectorAll(".toc li").Length >= 3);
        var hrefs = page.QuerySelectorAll(".article-body a.wikilink").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Contains("/wiki/Korean_War", hrefs);
        Assert.Contains("/wiki/Mutual_Defense_Treaty_(1953)", hrefs);
        Assert.Contains("/wiki/Terminal_High_Altitude_Area_Defense", hrefs);
        Assert.Contains("/wiki/Korea%E2%80%93United_States_Free_Trade_Agreement", hrefs);
        // Each section's text follows its heading in a fold that phones can close.
        var seeAlso = page.QuerySelector("h2#see-also + details.section-fold[open] > summary + ul");
        Assert.NotNull(seeAlso);
        Assert.True(seeAlso!.QuerySelectorAll("a.wikilink").Length >= 3);
        Assert.NotNull(page.QuerySelector(".catlinks a[href='/category/Alliance']"));
        Assert.NotNull(page.QuerySelector(".editsection a[href^='/edit/US%E2%80%93South_Korea_alliance?section=']"));
        Assert.Equal("From Alliance Wiki · Korean: 한미동맹", Whitespace().Replace(page.QuerySelector(".subtitle")!.TextContent, " ").Trim());
        Assert.NotNull(page.QuerySelector(".page-info a[href^='/revision/']"));
    }

    [Theory]
    [InlineData("/wiki/THAAD", "/wiki/Terminal_High_Altitude_Area_Defense", "THAAD")]
    [InlineData("/wiki/%EC%A3%BC%ED%95%9C%EB%AF%B8%EA%B5%B0", "/wiki/United_States_Forces_Korea", "주한미군")]
    [InlineData("/wiki/US-ROK_alliance", "/wiki/US%E2%80%93South_Korea_alliance", "US-ROK alliance")]
    [InlineData("/wiki/US%E2%80%93South_Korea_alliance", "/wiki/US%E2%80%93South_Korea_alliance", null)]
    [InlineData("/wiki/Korea_relations", "/wiki/Korea_relations", null)]
    [InlineData("/wiki/KORUS_FTA", "/wiki/Korea%E2%80%93United_States_Free_Trade_Agreement", "KORUS FTA")]
    [InlineData("/wiki/DMZ", "/wiki/Korean_Demilitarized_Zone", "DMZ")]
    [InlineData("/wiki/%ED%95%9C%EB%AF%B8%EC%83%81%ED%98%B8%EB%B0%A9%EC%9C%84%EC%A1%B0%EC%95%BD", "/wiki/Mutual_Defense_Treaty_(1953)", "한미상호방위조약")]
    public async Task Aliases_end_on_their_article(string url, string finalPath, string? redirectedFrom)
    {
        using var browser = wiki.NewClient(followRedirects: true);
        var response = await browser.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(finalPath, response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(redirectedFrom, page.QuerySelector(".redirect-note .redirect-source")?.TextContent);
    }

    [Theory]
    [InlineData("/wiki/korean_war", "/wiki/Korean_War")]
    [InlineData("/wiki/Korean%20War", "/wiki/Korean_War")]
    [InlineData("/wiki/KOREAN_WAR", "/wiki/Korean_War")]
    [InlineData("/wiki/Japan-South_Korea_relations", "/wiki/Japan%E2%80%93South_Korea_relations")]
    public async Task Non_canonical_spellings_answer_301(string url, string canonical)
    {
        var response = await wiki.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Forged_redirect_note_is_not_shown()
    {
        var page = await Html.GetAsync(wiki.Http, "/wiki/Korean_War?redirectedfrom=Anything%20I%20like");
        Assert.Null(page.QuerySelector(".redirect-note"));
    }

    [Fact]
    public async Task Missing_title_answers_404_with_an_offer_to_create_it()
    {
        var response = await wiki.Http.GetAsync(new Uri("/wiki/Treaty_of_Nowhere", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("a[href='/edit/Treaty_of_Nowhere']"));
        Assert.Contains("does not have an article", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/wiki/A%5Bb%5D")]
    [InlineData("/wiki/A%7Cb")]
    [InlineData("/wiki/%01control")]
    public async Task Malformed_titles_answer_400_with_a_reason(string url)
    {
        var response = await wiki.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a valid page title", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_here_lists_the_pages_that_link_to_an_article()
    {
        var response = await wiki.Http.GetAsync(new Uri("/links-here/Korean_War", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        var titles = page.QuerySelectorAll(".page-list a").Select(a => a.TextContent).ToList();
        Assert.Contains("US–South Korea alliance", titles);
        Assert.Contains("Korean Armistice Agreement", titles);
        Assert.DoesNotContain("Korean War", titles);
    }

    [Fact]
    public async Task Links_here_counts_links_made_through_aliases()
    {
        // Articles link to THAAD by its acronym; the backlinks of the article still list them.
        var page = await Html.GetAsync(wiki.Http, "/links-here/Terminal_High_Altitude_Area_Defense");
        Assert.Contains("China–South Korea relations", page.QuerySelectorAll(".page-list a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Category_pages_list_their_articles_and_unknown_ones_answer_404()
    {
        var page = await Html.GetAsync(wiki.Http, "/category/Treaties_and_agreements");
        Assert.Contains("Mutual Defense Treaty (1953)", page.QuerySelectorAll(".page-list a").Select(a => a.TextContent));
        var missing = await wiki.Http.GetAsync(new Uri("/category/No_such_category", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Revision_page_shows_a_revision_and_unknown_ids_answer_404()
    {
        var lookup = await wiki.InScopeAsync(s => s.GetRequiredService<ArticleReader>().FindAsync("Korean War", CancellationToken.None));
        var id = lookup!.Page.LatestRevisionId!.Value;
        var page = await Html.GetAsync(wiki.Http, $"/revision/{id}");
        Assert.Contains("current revision of", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".article-body a[href='/wiki/Korean_Armistice_Agreement']"));
        Assert.Null(page.QuerySelector(".editsection"));
        Assert.Equal(HttpStatusCode.NotFound, (await wiki.Http.GetAsync(new Uri("/revision/999999999", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wiki.Http.GetAsync(new Uri("/revision/abc", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Api_returns_an_article_as_json()
    {
        var response = await wiki.Http.GetAsync(new Uri("/api/pages/Korean_War", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("Korean War", root.GetProperty("title").GetString());
        Assert.True(root.GetProperty("revision").GetInt64() > 0);
        Assert.StartsWith("The **Korean War**", root.GetProperty("markdown").GetString(), StringComparison.Ordinal);
        Assert.Contains("<h2 id=", root.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains("Korean Armistice Agreement", root.GetProperty("links").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("History", root.GetProperty("categories").EnumerateArray().Select(l => l.GetString()));
        var missing = await wiki.Http.GetAsync(new Uri("/api/pages/No_such_page", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Preview_api_gives_the_summary_of_a_link_target()
    {
        using var json = JsonDocument.Parse(await wiki.Http.GetStringAsync(new Uri("/api/preview?title=THAAD", UriKind.Relative)));
        Assert.Equal("Terminal High Altitude Area Defense", json.RootElement.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("summary").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await wiki.Http.GetAsync(new Uri("/api/preview?title=Nope", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Healthz_answers_ok_with_the_database_and_no_index_lag_once_the_index_is_built()
    {
        var health = await Health.WhenReadyAsync(wiki.Http);
        Assert.Equal(("ok", "ok", 0L), (health.Status, health.Database, health.Lag));
    }

    [Fact]
    public async Task Search_for_an_exact_alias_goes_to_the_article()
    {
        var response = await wiki.Http.GetAsync(new Uri("/search?q=THAAD", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/wiki/Terminal_High_Altitude_Area_Defense", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Edit_links_lead_to_sign_in_and_back()
    {
        var response = await wiki.Http.GetAsync(new Uri("/edit/Korean_War?section=2", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("/account/sign-in", location.AbsolutePath);
        Assert.Equal("/edit/Korean_War?section=2", System.Web.HttpUtility.ParseQueryString(location.Query)["ReturnUrl"]);
    }

    [Fact]
    public async Task No_shipped_article_has_a_red_link()
    {
        var titles = await wiki.InScopeAsync(async s =>
            (await s.GetRequiredService<ArticleReader>().CategoriesAsync(1000, CancellationToken.None))
                .SelectMany(c => c.Pages).Select(p => p.Title).Distinct().ToList());
        Assert.True(titles.Count >= 25, $"only {titles.Count} articles");
        foreach (var title in titles)
        {
            var page = await Html.GetAsync(wiki.Http, Core.Titles.WikiUrls.Article(title));
            var red = page.QuerySelectorAll(".article-body a.new").Select(a => a.TextContent).ToList();
            Assert.True(red.Count == 0, $"{title} has red links: {string.Join(", ", red)}");
            Assert.NotNull(page.QuerySelector("h2#see-also"));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Whitespace();
}
