using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Web;

/// <summary>
/// The article page's read path (<see cref="ArticleViews"/>, one statement kept prepared on open connections) gives
/// what the separate lookups gave: where a name leads, the latest revision, its render (made and stored when missing)
/// and the categories in name order; the same as the request's own <see cref="ArticleReader"/>; on both providers.
/// </summary>
public abstract class ArticleReadContract<TSelf>(SharedWiki<TSelf> shared) : SharedWikiTests<TSelf>(shared), IWikiArticles
    where TSelf : IWikiArticles
{
    private readonly TempWiki _temp = shared.Wiki;

    protected TempWiki Wiki => _temp;

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

    [Fact]
    public async Task The_prepared_read_and_the_request_reader_agree()
    {
        var pooled = await ReadAsync("Sorting alias");
        var scoped = await _temp.Server.InScopeAsync(s => s.GetRequiredService<ArticleReader>().ReadAsync("Sorting alias", CancellationToken.None));

        Assert.NotNull(pooled?.View);
        Assert.NotNull(scoped?.View);
        Assert.Equal(scoped.Lookup.MatchedName, pooled.Lookup.MatchedName);
        Assert.Equal(scoped.Lookup.Page.Id, pooled.Lookup.Page.Id);
        Assert.Equal(scoped.View.Revision, pooled.View.Revision);
        Assert.Equal(scoped.View.Html, pooled.View.Html);
        Assert.Equal(scoped.View.Categories, pooled.View.Categories);
    }

    [Fact]
    public async Task Find_on_the_prepared_path_leads_an_alias_to_its_page()
    {
        var lookup = await _temp.Server.InScopeAsync(s => s.GetRequiredService<ArticleViews>().FindAsync("sorting ALIAS", CancellationToken.None));

        Assert.NotNull(lookup);
        Assert.True(lookup.IsAlias);
        Assert.Equal("Sorted categories", lookup.Page.Title);
    }

    protected Task<ArticleRead?> ReadAsync(string title) =>
        _temp.Server.InScopeAsync(s => s.GetRequiredService<ArticleViews>().ReadAsync(title, CancellationToken.None));
}

/// <summary>The read path on SQLite, the embedded default.</summary>
public sealed class ArticleReadTests(SharedWiki<ArticleReadTests> shared) : ArticleReadContract<ArticleReadTests>(shared);

/// <summary>The same read path on PostgreSQL, where the database server can close the connections the statements are prepared on.</summary>
public sealed class ArticleReadTestsOnPostgres(SharedWiki<ArticleReadTestsOnPostgres> shared) : ArticleReadContract<ArticleReadTestsOnPostgres>(shared), IOnPostgres
{
    [Fact]
    public async Task Reads_after_the_server_closed_every_connection_still_answer()
    {
        Assert.NotNull((await ReadAsync("Sorted categories"))?.View);

        // The prepared statements now sit on connections the server has closed (as a restart or a failover does).
        PostgresCluster.CloseConnections(Wiki.Server.PostgresConnection!);

        var read = await ReadAsync("Sorted categories");
        Assert.NotNull(read?.View);
        Assert.Equal(["Alpha", "Middle", "Zeta"], read.View.Categories);
    }
}
