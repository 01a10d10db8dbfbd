using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alliance.Wiki.Tests.Search;

/// <summary>
/// <c>import</c> and <c>reindex</c> from a second process: beside a running wiki they only write the database and the
/// change log, and the wiki applies them; with no wiki running they update the index themselves. The running wiki is
/// served in the test's own process (a second process either way for the verbs, and one process start fewer).
/// </summary>
[Trait("Category", "Slow")]
public sealed class SearchVerbTests : IDisposable
{
    private readonly TempContent _content = new();

    public SearchVerbTests() => _content.Write("seed.md", "Seed", "Seed text.");

    private string Database => Path.Combine(_content.Folder, "verbs.db");

    [Fact]
    public async Task Import_and_reindex_beside_a_running_wiki_are_applied_by_the_wiki()
    {
        using var wiki = new WikiServer(_content.Folder, new Dictionary<string, string?> { ["Wiki:DatabasePath"] = Database });
        var client = wiki.Http;
        _content.Write("newcomer.md", "Newcomer", "The verbword arrives.");

        var imported = await WikiProcess.RunVerbAsync(Database, _content.Folder, string.Empty, "import");

        Assert.Contains("The running wiki holds the search index", imported, StringComparison.Ordinal);
        Assert.Equal(["Newcomer"], (await SearchPages.WaitUntilFoundAsync(client, "verbword", "Newcomer")).Found);

        var reindexed = await WikiProcess.RunVerbAsync(Database, _content.Folder, string.Empty, "reindex");

        Assert.Contains("The running wiki holds the search index", reindexed, StringComparison.Ordinal);
        Assert.Equal(["Newcomer"], (await SearchPages.WaitUntilFoundAsync(client, "verbword", "Newcomer")).Found);
        Assert.Equal(["Seed"], await SearchPages.FoundAsync(client, "seed"));
    }

    [Fact]
    public async Task An_import_with_no_wiki_running_updates_the_index_itself()
    {
        _content.Write("newcomer.md", "Newcomer", "The verbword arrives.");

        var imported = await WikiProcess.RunVerbAsync(Database, _content.Folder, string.Empty, "import");

        Assert.DoesNotContain("The running wiki", imported, StringComparison.Ordinal);
        using var store = new SearchIndexStore(new SearchIndexLocation(Path.Combine(_content.Folder, "search")), NullLogger<SearchIndexStore>.Instance);
        Assert.True(store.TryTakeOwnership());
        var info = store.TryOpen();
        Assert.NotNull(info);
        Assert.True(info.Sequence >= 2, $"the index applied up to {info.Sequence}");
        var found = await new LuceneSearchIndex(store, null!).SearchAsync(SearchQuery.Parse("verbword"), 0, 20, CancellationToken.None);
        Assert.Equal(["Newcomer"], found.Hits.Select(h => h.Title));
    }

    /// <summary>
    /// An import of several batches indexes them beside the ones written after, more batches than the writer may run
    /// ahead of the indexer: every page of every batch is in the index once the verb ends, the index's commit records
    /// the last row, and its segments, the last included, are plain files rather than compound ones.
    /// </summary>
    [Fact]
    public async Task An_import_of_several_batches_with_no_wiki_running_indexes_every_page()
    {
        const int Files = ((Alliance.Wiki.Core.Indexing.BulkIndexing.BatchesAhead + 2) * Alliance.Wiki.Core.Content.ContentImporter.BatchSize) + 50;
        for (var i = 0; i < Files; i++)
        {
            _content.Write($"bulk-{i:D3}.md", $"Bulk page {i}", $"Bulk page {i} holds the bulkword and the tag{i}x.");
        }

        await WikiProcess.RunVerbAsync(Database, _content.Folder, string.Empty, "import");

        using var store = new SearchIndexStore(new SearchIndexLocation(Path.Combine(_content.Folder, "search")), NullLogger<SearchIndexStore>.Instance);
        Assert.True(store.TryTakeOwnership());
        var info = store.TryOpen();
        Assert.NotNull(info);
        Assert.True(info.Sequence >= Files + 1, $"the index applied up to {info.Sequence}");
        var index = new LuceneSearchIndex(store, null!);
        Assert.Equal(Files + 1, await index.CountAsync(CancellationToken.None));
        Assert.Equal(Files, (await index.SearchAsync(SearchQuery.Parse("bulkword"), 0, 20, CancellationToken.None)).Total);
        foreach (var i in new[] { 0, Alliance.Wiki.Core.Content.ContentImporter.BatchSize, Files - 1 })
        {
            var found = await index.SearchAsync(SearchQuery.Parse($"tag{i}x"), 0, 20, CancellationToken.None);
            Assert.Equal([$"Bulk page {i}"], found.Hits.Select(h => h.Title));
        }

        var files = Directory.EnumerateFiles(Path.Combine(_content.Folder, "search"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Contains(files, f => f!.EndsWith(".tim", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f!.EndsWith(".cfs", StringComparison.Ordinal));
    }

    /// <summary>
    /// The verb renders each batch while it writes the one before, and keeps none of those renders: a page rendered
    /// before the batch holding its link's target committed (the link then red) reads with the link blue, and its text
    /// is searchable. The target is the first file, the linking page the first of the next batch.
    /// </summary>
    [Fact]
    public async Task A_page_rendered_before_its_links_target_committed_shows_the_link_as_existing()
    {
        _content.Write("a-target.md", "Omega target", "Omega target is the target.");
        for (var i = 0; i < Alliance.Wiki.Core.Content.ContentImporter.BatchSize; i++)
        {
            _content.Write($"m-{i:D3}.md", $"Filler page {i}", $"Filler page {i} fills the first batch.");
        }

        _content.Write("n-linker.md", "Alpha linker", "Alpha linker points to [[Omega target]] with the quokkaword.");

        await WikiProcess.RunVerbAsync(Database, _content.Folder, string.Empty, "import");

        using var wiki = new WikiServer(_content.Folder, new Dictionary<string, string?> { ["Wiki:DatabasePath"] = Database });
        var page = await Html.GetAsync(wiki.Http, "/wiki/Alpha_linker");
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent == "Omega target");
        Assert.Equal("/wiki/Omega_target", link.GetAttribute("href"));
        Assert.False(link.ClassList.Contains("new"), $"the link is marked missing: {link.OuterHtml}");
        Assert.Equal(["Alpha linker"], await SearchPages.FoundAsync(wiki.Http, "quokkaword"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _content.Dispose();
    }
}
