using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Web;

/// <summary>
/// The article read path's one statement gives what the separate lookups gave: where a name leads, the latest
/// revision, its render (made and stored when missing) and the categories in name order.
/// </summary>
public sealed class ArticleReadTests(SharedWiki<ArticleReadTests> shared) : SharedWikiTests<ArticleReadTests>(shared), IWikiArticles
{
    private readonly TempWiki _temp = shared.Wiki;

    static void IWikiArticles.Write(TempContent content)
    {
        content.Write("sorted.md", "Sorted categories", "Links to [[Nowhere at all]].", aliases: "Sorting alias", categories: "Zeta, Alpha, Middle");
        content.Write("plain.md", "Uncategorised page", "No categories here.", categories: "");
    }

    [Fact]
    public async Task Read_by_title_gives_the_page_its_latest_revision_and_its_categories_in_name_order()
    {
        var read = await ReadAsync("sorted_CATEGORIES");

        Assert.NotNull(read?.View);
        Assert.False(read.Lookup.IsAlias);
        Assert.Equal("Sorted categories", read.Lookup.Page.Title);
        Assert.Equal(["Alpha", "Middle", "Zeta"], read.View.Categories);
        var latest = await _temp.Server.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Pages.AsNoTracking()
            .Where(p => p.Title == "Sorted categories").Select(p => p.LatestRevisionId).SingleAsync());
        Assert.Equal(latest, read.View.Revision.Id);
        Assert.Equal(read.Lookup.Page.Id, read.View.Revision.PageId);
        Assert.Contains("Nowhere at all", read.View.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_by_alias_names_the_alias_and_leads_to_its_page()
    {
        var read = await ReadAsync("Sorting alias");

        Assert.NotNull(read);
        Assert.True(read.Lookup.IsAlias);
        Assert.Equal("Sorting alias", read.Lookup.MatchedName);
        Assert.Equal("Sorted categories", read.Lookup.Page.Title);
    }

    [Fact]
    public async Task Read_of_a_page_without_categories_lists_none()
    {
        var read = await ReadAsync("Uncategorised page");

        Assert.NotNull(read?.View);
        Assert.Empty(read.View.Categories);
    }

    [Theory]
    [InlineData("No such article")]
    [InlineData("Bad [title]")]
    [InlineData("")]
    public async Task Read_of_a_title_that_names_no_page_is_null(string title) => Assert.Null(await ReadAsync(title));

    [Fact]
    public async Task Read_without_a_cached_render_renders_the_revision_and_stores_it()
    {
        var cached = await ReadAsync("Sorted categories");
        await _temp.Server.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Renders.ExecuteDeleteAsync());

        var read = await ReadAsync("Sorted categories");

        Assert.NotNull(read?.View);
        Assert.Equal(cached!.View!.Html, read.View.Html);
        Assert.Equal(cached.View.Contents, read.View.Contents);
        var stored = await _temp.Server.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Renders.AsNoTracking()
            .SingleOrDefaultAsync(r => r.RevisionId == read.View.Revision.Id));
        Assert.NotNull(stored);
        Assert.Equal(read.View.Html, stored.Html);
        Assert.Equal(stored.RenderedAt, read.View.RenderedAt);
    }

    private Task<ArticleRead?> ReadAsync(string title) =>
        _temp.Server.InScopeAsync(s => s.GetRequiredService<ArticleReader>().ReadAsync(title, CancellationToken.None));
}
