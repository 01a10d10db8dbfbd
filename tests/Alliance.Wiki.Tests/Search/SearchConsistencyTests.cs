using Alliance.Wiki.Cli;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Indexing;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Search;

/// <summary>Search always matches the current text: saves and imports index in their own transaction, no reindex needed.</summary>
public sealed class SearchConsistencyTests : IDisposable
{
    private readonly TempWiki _wiki = new(content =>
    {
        content.Write("alpha.md", "Alpha", "Alpha speaks of the zephyrword.", aliases: "First letter");
        content.Write("beta.md", "Beta", "Beta holds the cometword.");
    });

    [Fact]
    public async Task An_import_is_found_at_once_and_the_old_text_is_not()
    {
        Assert.Equal(["Alpha"], await FoundAsync("zephyrword"));
        _wiki.Content.Write("alpha.md", "Alpha", "Alpha now speaks of the quasarword.", aliases: "Opening letter");

        await _wiki.ImportAsync();

        Assert.Equal(["Alpha"], await FoundAsync("quasarword"));
        Assert.Empty(await FoundAsync("zephyrword"));
        Assert.Equal(["Alpha"], await SuggestedAsync("opening"));
        Assert.Empty(await SuggestedAsync("first"));
    }

    [Fact]
    public async Task An_editor_save_is_found_at_once_and_the_old_text_is_not()
    {
        await SaveAsync(_wiki.Server.Services, "Beta", "---\nkorean: 베타문서\naliases: [Second letter]\nsummary: Edited.\n---\nBeta now holds the nebulaword.\n");

        Assert.Equal(["Beta"], await FoundAsync("nebulaword"));
        Assert.Equal(["Beta"], await FoundAsync("베타"));
        Assert.Empty(await FoundAsync("cometword"));
        Assert.Equal(["Beta"], await SuggestedAsync("second l"));
    }

    [Fact]
    public async Task A_save_that_rolls_back_leaves_the_index_as_it_was()
    {
        // The core as the wiki composes it, with one more participant after the search index's.
        await using var services = CoreServices.For(_wiki.Server.DatabasePath, s => s.AddScoped<IPageSaveParticipant, FailingParticipant>());
        await using var scope = services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<ArticleWriter>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.SaveAsync(Command("Beta", "Beta rolls back the lostword."), CancellationToken.None));

        Assert.Empty(await FoundAsync("lostword"));
        Assert.Equal(["Beta"], await FoundAsync("cometword"));
    }

    [Fact]
    public async Task Reindex_rebuilds_an_emptied_index_and_reports_progress()
    {
        await _wiki.Server.InScopeAsync(s => s.GetRequiredService<ISearchIndex>().ClearAsync(CancellationToken.None));
        Assert.Empty(await FoundAsync("zephyrword"));

        var reports = new List<(int Done, int Total)>();
        var pages = await _wiki.Server.InScopeAsync(s => s.GetRequiredService<SearchReindexer>().RebuildAsync(new SynchronousProgress(reports), CancellationToken.None));

        Assert.Equal(2, pages);
        Assert.Equal([(1, 2), (2, 2)], reports);
        Assert.Equal(["Alpha"], await FoundAsync("zephyrword"));
        Assert.Equal(["Alpha"], await SuggestedAsync("first"));
    }

    [Fact]
    public async Task The_reindex_verb_rebuilds_the_index()
    {
        await _wiki.Server.InScopeAsync(s => s.GetRequiredService<ISearchIndex>().ClearAsync(CancellationToken.None));
        var exit = await OperatorVerbs.RunAsync(_wiki.Server.Services, ["reindex"]);

        Assert.Equal(0, exit);
        Assert.Equal(["Beta"], await FoundAsync("cometword"));
    }

    [Fact]
    public async Task An_index_missing_pages_is_rebuilt_at_start()
    {
        var alpha = await _wiki.Server.InScopeAsync(s => s.GetRequiredService<ArticleReader>().FindAsync("Alpha", CancellationToken.None));
        await _wiki.Server.InScopeAsync(s => s.GetRequiredService<ISearchIndex>().RemoveAsync(alpha!.Page.Id, CancellationToken.None));
        Assert.Equal(1, await _wiki.Server.InScopeAsync(s => s.GetRequiredService<ISearchIndex>().CountAsync(CancellationToken.None)));

        await _wiki.Server.InScopeAsync(s => s.GetRequiredService<SearchReindexer>().EnsureCompleteAsync(CancellationToken.None));

        Assert.Equal(2, await _wiki.Server.InScopeAsync(s => s.GetRequiredService<ISearchIndex>().CountAsync(CancellationToken.None)));
        Assert.Equal(["Alpha"], await FoundAsync("zephyrword"));
    }

    public void Dispose() => _wiki.Dispose();

    private static SaveCommand Command(string title, string text) =>
        new(title, ArticleDocument.Parse(text), "editor1", "Edit", false, RevisionOrigin.Editor);

    private static async Task SaveAsync(IServiceProvider root, string title, string text)
    {
        await using var scope = root.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ArticleWriter>().SaveAsync(Command(title, text), CancellationToken.None);
    }


    /// <summary>The titles the results page lists, over HTTP.</summary>
    private async Task<List<string>> FoundAsync(string query)
    {
        var page = await Html.GetAsync(_wiki.Server.Http, "/search?fulltext=1&q=" + Uri.EscapeDataString(query));
        return [.. page.QuerySelectorAll(".search-result-title").Select(a => a.TextContent)];
    }

    private async Task<List<string>> SuggestedAsync(string prefix)
    {
        var json = await _wiki.Server.Http.GetStringAsync(new Uri("/api/suggest?q=" + Uri.EscapeDataString(prefix), UriKind.Relative));
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetProperty("title").GetString()!)];
    }

    private sealed class FailingParticipant : IPageSaveParticipant
    {
        public Task PageSavedAsync(SavedPage saved, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A later participant fails: the whole save must roll back.");

        public Task PageChangedAsync(long pageId, string title, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A later participant fails: the whole change must roll back.");
    }

    /// <summary>Records each report as it is made (<see cref="Progress{T}"/> posts them later, on the thread pool).</summary>
    private sealed class SynchronousProgress(List<(int Done, int Total)> reports) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => reports.Add(value);
    }
}
