using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Web;

/// <summary>
/// A view of a revision whose render is cached does no Markdown work and no query per link: its cost is the same
/// handful of queries for a page of two links as for a page of forty.
/// </summary>
public sealed class CachedViewTests(SharedWiki<CachedViewTests> shared) : SharedWikiTests<CachedViewTests>(shared), IWikiArticles
{
    private readonly TempWiki _temp = shared.Wiki;

    static void IWikiArticles.Write(TempContent content)
    {
        content.Write("few.md", "Few links", "Links to [[Many links]] and [[Nowhere]].");
        content.Write("many.md", "Many links", string.Join(' ', Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? $"[[Missing {i}]]" : "[[Few links]]")));
    }

    [Fact]
    public async Task A_cached_view_runs_the_same_few_queries_whatever_its_links()
    {
        var few = await CountViewQueriesAsync("Few links");
        var many = await CountViewQueriesAsync("Many links");

        Assert.Equal(few, many);
        Assert.InRange(many, 1, 4);
    }

    [Fact]
    public async Task A_cached_view_serves_the_stored_html_without_rendering_the_text_again()
    {
        var before = await Html.GetAsync(_temp.Server.Http, "/wiki/Few_links");
        Assert.NotNull(before.QuerySelector(".article-body a.new[href='/edit/Nowhere']"));

        // Markdown that would render differently: if the view rendered the revision's text, this link would show.
        await _temp.Server.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Database.ExecuteSqlRawAsync(
            "UPDATE revisions SET Text = 'Rewritten behind the cache: [[Changed target]].' WHERE PageId = (SELECT Id FROM pages WHERE Title = 'Few links')"));

        var after = await Html.GetAsync(_temp.Server.Http, "/wiki/Few_links");
        Assert.Null(after.QuerySelector(".article-body a[href='/edit/Changed_target']"));
        Assert.Equal(before.QuerySelector(".article-body")!.InnerHtml, after.QuerySelector(".article-body")!.InnerHtml);
    }

    /// <summary>Views the page once so its render is cached, then counts the queries of a second view.</summary>
    private async Task<int> CountViewQueriesAsync(string title)
    {
        await _temp.Server.InScopeAsync(s => s.GetRequiredService<ArticleReader>().ViewAsync(
            s.GetRequiredService<WikiDbContext>().Pages.AsNoTracking().Single(p => p.Title == title), CancellationToken.None));

        var counter = new CommandCounter();
        await using var services = counter.Services(_temp.Server.DatabasePath);
        await using var scope = services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<WikiDbContext>().Pages.AsNoTracking().SingleAsync(p => p.Title == title);
        var before = counter.Commands;

        var view = await scope.ServiceProvider.GetRequiredService<ArticleReader>().ViewAsync(page, CancellationToken.None);

        Assert.NotNull(view);
        return counter.Commands - before;
    }
}
