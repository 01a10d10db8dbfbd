using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Content;

/// <summary>Import of content/ on a real SQLite file: idempotent, and never over an editor's revision.</summary>
public sealed class ImportTests(SharedWiki<ImportTests> shared) : SharedWikiTests<ImportTests>(shared), IWikiArticles
{
    private readonly TempWiki _temp = shared.Wiki;

    static void IWikiArticles.Write(TempContent content)
    {
        content.Write("alpha.md", "Alpha", "Alpha links to [[Beta]].", aliases: "A1");
        content.Write("beta.md", "Beta", "Beta text.");
    }

    [Fact]
    public async Task Start_up_imports_every_file()
    {
        Assert.Equal(2, await CountAsync<Page>());
        Assert.Equal(2, await CountAsync<Revision>());
        Assert.Equal(HttpStatusCodeOk, (int)(await Wiki.Http.GetAsync(new Uri("/wiki/Alpha", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Importing_again_adds_nothing()
    {
        var report = await ImportAsync();
        Assert.Equal(2, report.Unchanged.Count);
        Assert.Empty(report.Created);
        Assert.Empty(report.Updated);
        Assert.Equal(2, await CountAsync<Revision>());
    }

    /// <summary>
    /// The import sets a larger cache, a memory-mapped file and rarer checkpoints on its connection for the bulk of its
    /// writes; the pooled connection then serves everyday queries, so it must get SQLite's defaults back. The
    /// connection is held open across the import, so that the pragmas are read from the very handle it used.
    /// </summary>
    [Fact]
    public async Task An_import_gives_its_connection_SQLite_s_settings_back()
    {
        Content.Write("beta.md", "Beta", "Beta text, revised for the settings.");
        var settings = await Wiki.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<WikiDbContext>();
            await db.Database.OpenConnectionAsync();
            var report = await s.GetRequiredService<ContentImporter>().ImportAsync(Content.Folder, null, CancellationToken.None);
            Assert.Equal(["beta.md"], report.Updated);
            var values = new List<long>();
            foreach (var pragma in new[] { "cache_size", "mmap_size", "wal_autocheckpoint" })
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = $"PRAGMA {pragma};";
                values.Add(Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
            }

            await db.Database.CloseConnectionAsync();
            return values;
        });

        Assert.Equal([-2000L, 0L, 1000L], settings);
    }

    [Fact]
    public async Task A_changed_file_adds_one_revision()
    {
        Content.Write("beta.md", "Beta", "Beta text, revised.");
        var report = await ImportAsync();
        Assert.Equal(["beta.md"], report.Updated);
        Assert.Equal(3, await CountAsync<Revision>());
        var html = await Wiki.Http.GetStringAsync(new Uri("/wiki/Beta", UriKind.Relative));
        Assert.Contains("Beta text, revised.", html, StringComparison.Ordinal);

        var again = await ImportAsync();
        Assert.Equal(2, again.Unchanged.Count);
        Assert.Equal(3, await CountAsync<Revision>());
    }

    [Fact]
    public async Task A_page_with_editor_revisions_is_not_overwritten()
    {
        await Wiki.InScopeAsync(s => s.GetRequiredService<ArticleWriter>().SaveAsync(
            new SaveCommand("Beta", ArticleDocument.Parse("---\nsummary: Edited.\n---\nAn editor's text."), "editor1", "Improve", false, RevisionOrigin.Editor),
            CancellationToken.None));
        Content.Write("beta.md", "Beta", "A newer file text.");

        var report = await ImportAsync();

        Assert.Equal(["beta.md"], report.KeptEditorRevisions);
        var html = await Wiki.Http.GetStringAsync(new Uri("/wiki/Beta", UriKind.Relative));
        Assert.Contains("An editor's text.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("A newer file text.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_broken_front_matter_is_reported_and_the_rest_imported()
    {
        File.WriteAllText(Path.Combine(Content.Folder, "broken.md"), "---\ntitle: [oops\n---\nBody");
        Content.Write("gamma.md", "Gamma", "Gamma text.");
        var report = await ImportAsync();
        Assert.Equal(["broken.md"], report.Failed);
        Assert.Equal(["gamma.md"], report.Created);
    }

    [Fact]
    public async Task A_new_page_turns_red_links_to_it_blue()
    {
        var before = await Html.GetAsync(Wiki.Http, "/wiki/Beta");
        Content.Write("beta.md", "Beta", "Beta links to [[Gamma]].");
        await ImportAsync();
        var red = await Html.GetAsync(Wiki.Http, "/wiki/Beta");
        Assert.NotNull(red.QuerySelector(".article-body a.new[href='/edit/Gamma']"));
        Assert.Null(before.QuerySelector(".article-body a.new"));

        Content.Write("gamma.md", "Gamma", "Now Gamma exists.", aliases: "G");
        await ImportAsync();

        var blue = await Html.GetAsync(Wiki.Http, "/wiki/Beta");
        Assert.Null(blue.QuerySelector(".article-body a.new"));
        Assert.NotNull(blue.QuerySelector(".article-body a.wikilink[href='/wiki/Gamma']"));
    }

    [Fact]
    public async Task A_removed_alias_turns_links_through_it_red()
    {
        Content.Write("beta.md", "Beta", "Beta links to [[A1]].");
        await ImportAsync();
        Assert.NotNull((await Html.GetAsync(Wiki.Http, "/wiki/Beta")).QuerySelector(".article-body a.wikilink[href='/wiki/Alpha']"));

        Content.Write("alpha.md", "Alpha", "Alpha links to [[Beta]].", aliases: "");
        await ImportAsync();

        Assert.NotNull((await Html.GetAsync(Wiki.Http, "/wiki/Beta")).QuerySelector(".article-body a.new[href='/edit/A1']"));
    }

    [Fact]
    public async Task All_links_of_a_page_resolve_in_one_query()
    {
        var counter = new CommandCounter();
        await using var services = counter.Services(Wiki.DatabasePath);
        await using var scope = services.CreateAsyncScope();
        var titles = Enumerable.Range(0, 50).Select(i => $"Missing {i}").Append("Alpha").Append("A1").ToList();

        var resolved = await scope.ServiceProvider.GetRequiredService<ITitleResolver>().ResolveAsync(titles, CancellationToken.None);

        Assert.Equal(1, counter.Commands);
        Assert.Equal("Alpha", resolved["A1"]);
        Assert.Equal(2, resolved.Count);
    }

    private WikiServer Wiki => _temp.Server;

    private TempContent Content => _temp.Content;

    private const int HttpStatusCodeOk = 200;

    private Task<ImportReport> ImportAsync() =>
        Wiki.InScopeAsync(s => s.GetRequiredService<ContentImporter>().ImportAsync(Content.Folder, null, CancellationToken.None));

    private Task<int> CountAsync<T>()
        where T : class =>
        Wiki.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Set<T>().CountAsync());
}
