using System.Net;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Web;

/// <summary>The page tools: random, all, wanted and orphaned pages, statistics, page information, citing.</summary>
public sealed class PageToolsTests : IDisposable
{
    private readonly TempWiki _temp = new(c =>
    {
        c.Write("alpha.md", "Alpha", "Alpha links to [[Beta]], [[Missing one]] and [[Missing two]].");
        c.Write("beta.md", "Beta", "Beta links to [[Missing one]].", aliases: "Second letter");
        c.Write("gamma.md", "Gamma", "Gamma links to nothing.");
    });

    private WikiServer Wiki => _temp.Server;

    [Fact]
    public async Task Random_goes_to_an_article()
    {
        var response = await Wiki.Http.GetAsync(new Uri("/random", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.Location!.OriginalString, new[] { "/wiki/Alpha", "/wiki/Beta", "/wiki/Gamma" });
    }

    [Fact]
    public async Task All_pages_lists_every_article_in_order()
    {
        var page = await Html.GetAsync(Wiki.Http, "/all-pages");
        Assert.Equal(["Alpha", "Beta", "Gamma"], page.QuerySelectorAll(".page-list a").Select(a => a.TextContent));
        var from = await Html.GetAsync(Wiki.Http, "/all-pages?from=B");
        Assert.Equal(["Beta", "Gamma"], from.QuerySelectorAll(".page-list a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Wanted_pages_are_red_links_with_their_count_most_wanted_first()
    {
        var page = await Html.GetAsync(Wiki.Http, "/wanted");
        Assert.Equal(["Missing one (2 links)", "Missing two (1 link)"], page.QuerySelectorAll(".page-list li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Orphaned_pages_are_those_no_other_page_links_to()
    {
        var page = await Html.GetAsync(Wiki.Http, "/orphaned");
        Assert.Equal(["Alpha", "Gamma"], page.QuerySelectorAll(".page-list a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Statistics_count_the_wiki()
    {
        var figures = await FiguresAsync("/statistics");
        Assert.Equal("3", figures["Articles"]);
        Assert.Equal("4", figures["Links between articles"]);
    }

    [Fact]
    public async Task Page_information_gives_size_revisions_and_links_in_and_out()
    {
        var figures = await FiguresAsync("/info/Beta");
        Assert.Equal("1", figures["Revisions"]);
        Assert.Equal("1", figures["Pages linking here"]);
        Assert.Equal("1", figures["Links to other pages"]);
        Assert.Equal("Second letter", figures["Aliases"]);
        Assert.True(int.Parse(figures["Size of the current text (bytes)"], System.Globalization.CultureInfo.InvariantCulture) > 20);
        Assert.Equal(HttpStatusCode.NotFound, (await Wiki.Http.GetAsync(new Uri("/info/Nothing_here", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Cite_names_the_permanent_link_of_the_current_revision()
    {
        var page = await Html.GetAsync(Wiki.Http, "/cite/Gamma");
        var permalink = page.QuerySelector(".cite-list dd a")!.GetAttribute("href")!;
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/revision/\d+$", permalink);
        Assert.Contains(permalink, page.QuerySelector(".cite-list pre")!.TextContent, StringComparison.Ordinal);
        var revision = await Wiki.Http.GetAsync(new Uri(new Uri(permalink).PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, revision.StatusCode);
    }

    [Fact]
    public async Task A_reader_of_a_protected_page_is_told_so_and_can_view_its_source()
    {
        await Wiki.InScopeAsync(async s =>
        {
            var page = (await s.GetRequiredService<ArticleReader>().FindAsync("Gamma", CancellationToken.None))!.Page;
            await s.GetRequiredService<ArticleWriter>().SetProtectionAsync(page.Id, page.Title, true, CancellationToken.None);
        });
        var article = await Html.GetAsync(Wiki.Http, "/wiki/Gamma");
        Assert.Equal("Protected", article.QuerySelector(".protected-mark")!.TextContent);
        var tab = article.QuerySelectorAll(".page-tabs a").Single(a => a.TextContent == "View source");
        Assert.Equal("/source/Gamma", tab.GetAttribute("href"));

        var source = await Html.GetAsync(Wiki.Http, "/source/Gamma");
        Assert.Contains("only admins can edit it", source.QuerySelector("[role='status']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Gamma links to nothing.", source.QuerySelector("textarea[readonly]")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>A figures table as label → value.</summary>
    private async Task<Dictionary<string, string>> FiguresAsync(string url)
    {
        var page = await Html.GetAsync(Wiki.Http, url);
        return page.QuerySelectorAll(".stats-table tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent);
    }

    public void Dispose() => _temp.Dispose();
}
