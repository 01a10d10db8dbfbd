using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Web;

/// <summary>
/// A view of a revision whose render is cached does no Markdown work and no query per link: the name, the page, the
/// revision, the render and the categories come back in one statement, for a page of two links as for a page of forty.
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
    public async Task A_cached_view_is_one_statement_whatever_its_links()
    {
        Assert.Equal(1, await CountViewQueriesAsync("Few links"));
        Assert.Equal(1, await CountViewQueriesAsync("Many links"));
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

    /// <summary>Reads the page once so its render is cached, then counts the statements of a second read, as the article page makes it.</summary>
    private async Task<int> CountViewQueriesAsync(string title)
    {
        await _temp.Server.InScopeAsync(s => s.GetRequiredService<ArticleViews>().ReadAsync(title, CancellationToken.None));

        var counter = new CommandCounter();
        await using var services = counter.Services(_temp.Server.DatabasePath);
        await using var scope = services.CreateAsyncScope();
        var before = counter.Commands;

        var read = await scope.ServiceProvider.GetRequiredService<ArticleViews>().ReadAsync(title, CancellationToken.None);

        Assert.NotNull(read?.View);
        Assert.Contains("href=", read.View.Html, StringComparison.Ordinal);
        return counter.Commands - before;
    }
}
