using Alliance.Wiki.Cli;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Editing;
using Alliance.Wiki.Core.Indexing;
using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alliance.Wiki.Tests.Search;

/// <summary>
/// Search always matches the current text: every save, import, move and restore writes a change-log row in its own
/// transaction, and returns only once the row is applied to the Lucene index (read your writes).
/// </summary>
public abstract class SearchConsistencyContract(DatabaseProvider provider) : IDisposable
{
    private readonly TempWiki _wiki = new(
        content =>
        {
            content.Write("alpha.md", "Alpha", "Alpha speaks of the zephyrword.", aliases: "First letter");
            content.Write("beta.md", "Beta", "Beta holds the cometword.");
        },
        provider: provider);

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
        await SaveAsync("Beta", "---\nkorean: 베타문서\naliases: [Second letter]\nsummary: Edited.\n---\nBeta now holds the nebulaword.\n");

        Assert.Equal(["Beta"], await FoundAsync("nebulaword"));
        Assert.Equal(["Beta"], await FoundAsync("베타"));
        Assert.Empty(await FoundAsync("cometword"));
        Assert.Equal(["Beta"], await SuggestedAsync("second l"));
    }

    [Fact]
    public async Task A_move_is_found_under_the_new_title_at_once()
    {
        await _wiki.Server.InScopeAsync(s => s.GetRequiredService<ArticleWriter>().MoveAsync("Beta", "Gamma", "editor1", "Rename", CancellationToken.None));

        Assert.Equal(["Gamma"], await FoundAsync("cometword"));
        Assert.Equal(["Gamma"], await FoundAsync("intitle:gamma"));
        Assert.Empty(await FoundAsync("intitle:beta"));
    }

    [Fact]
    public async Task A_restore_is_found_at_once_and_the_replaced_text_is_not()
    {
        var first = await _wiki.Server.InScopeAsync(async s => (await s.GetRequiredService<ArticleReader>().FindAsync("Beta", CancellationToken.None))!.Page.LatestRevisionId!.Value);
        await SaveAsync("Beta", "Beta now holds the pulsarword.");
        Assert.Equal(["Beta"], await FoundAsync("pulsarword"));

        var restored = await _wiki.Server.InScopeAsync(s => s.GetRequiredService<PageEditor>().RestoreAsync(first, "editor1", true, CancellationToken.None));

        Assert.Equal(EditStatus.Saved, restored.Status);
        Assert.Equal(["Beta"], await FoundAsync("cometword"));
        Assert.Empty(await FoundAsync("pulsarword"));
    }

    [Fact]
    public async Task A_save_that_rolls_back_leaves_the_index_and_the_log_as_they_were()
    {
        var logged = await ChangeRowsAsync();
        await using var scope = _wiki.Server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        // The writer as the wiki composes it, with one more participant after the search index's, which fails.
        IEnumerable<IPageSaveParticipant> participants = [.. services.GetServices<IPageSaveParticipant>().OfType<SearchIndexParticipant>(), new FailingParticipant()];
        var writer = ActivatorUtilities.CreateInstance<ArticleWriter>(services, participants);

        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.SaveAsync(EditorSaves.Command("Beta", "Beta rolls back the lostword."), CancellationToken.None));
        await SaveAsync("Alpha", "Alpha speaks of the zephyrword and more.");

        Assert.Empty(await FoundAsync("lostword"));
        Assert.Equal(["Beta"], await FoundAsync("cometword"));
        Assert.Equal(logged + 1, await ChangeRowsAsync());
    }

    [Fact]
    public async Task A_save_that_rolls_back_hands_its_document_to_nothing_that_commits_after_it_in_the_same_scope()
    {
        await using var scope = _wiki.Server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        IEnumerable<IPageSaveParticipant> participants = [.. services.GetServices<IPageSaveParticipant>().OfType<SearchIndexParticipant>(), new FailingParticipant()];
        var failing = ActivatorUtilities.CreateInstance<ArticleWriter>(services, participants);
        var beta = await services.GetRequiredService<ArticleReader>().FindAsync("Beta", CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.SaveAsync(EditorSaves.Command("Beta", "Beta rolls back the strayword."), CancellationToken.None));
        // The same page's next change in the same scope (on SQLite it may even take the rolled-back row's sequence)
        // commits a row whose page is Beta: what it indexes must be Beta as committed, not the rolled-back document.
        await services.GetRequiredService<ArticleWriter>().SetProtectionAsync(beta!.Page.Id, beta.Page.Title, true, CancellationToken.None);

        Assert.Empty(await FoundAsync("strayword"));
        Assert.Equal(["Beta"], await FoundAsync("cometword"));
    }

    [Fact]
    public async Task A_protection_change_writes_a_change_log_row_and_search_still_finds_the_page()
    {
        var logged = await ChangeRowsAsync();
        var beta = await _wiki.Server.InScopeAsync(s => s.GetRequiredService<ArticleReader>().FindAsync("Beta", CancellationToken.None));

        await _wiki.Server.InScopeAsync(s => s.GetRequiredService<ArticleWriter>().SetProtectionAsync(beta!.Page.Id, beta.Page.Title, true, CancellationToken.None));

        Assert.Equal(logged + 1, await ChangeRowsAsync());
        Assert.Equal(ChangeKind.Protected, await _wiki.Server.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().ChangeLog.OrderBy(c => c.Id).Select(c => c.Kind).LastAsync()));
        Assert.Equal(["Beta"], await FoundAsync("cometword"));
    }

    [Fact]
    public async Task Reindex_rebuilds_into_a_fresh_folder_and_reports_progress()
    {
        var before = Generations();
        var reports = new List<(int Done, int Total)>();
        var pages = await _wiki.Server.InScopeAsync(s => s.GetRequiredService<SearchReindexer>().RebuildAsync(new SynchronousProgress(reports), CancellationToken.None));

        Assert.Equal(2, pages);
        Assert.Equal((2, 2), reports[^1]);
        Assert.Single(Generations());
        Assert.Empty(Generations().Intersect(before));
        Assert.Equal(["Alpha"], await FoundAsync("zephyrword"));
        Assert.Equal(["Alpha"], await SuggestedAsync("first"));
    }

    [Fact]
    public async Task The_reindex_verb_rebuilds_the_index()
    {
        var exit = await OperatorVerbs.RunAsync(_wiki.Server.Services, ["reindex"]);

        Assert.Equal(0, exit);
        Assert.Equal(["Beta"], await FoundAsync("cometword"));
    }

    [Fact]
    public async Task While_the_index_cannot_answer_search_gives_a_notice_not_an_error()
    {
        var store = new SearchIndexStore(new SearchIndexLocation(Path.Combine(_wiki.Server.Folder, "unopened")), _wiki.Server.Services.GetRequiredService<ILogger<SearchIndexStore>>());
        using (store)
        {
            var results = await _wiki.Server.InScopeAsync(s => new LuceneSearchIndex(store, s.GetRequiredService<SqliteTitleSuggestions>()).SearchAsync(SearchQuery.Parse("cometword"), 0, 20, CancellationToken.None));
            Assert.Equal(0, results.Total);
            Assert.Contains("being rebuilt", results.Notice, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        _wiki.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task<SaveOutcome> SaveAsync(string title, string text) => _wiki.Server.InScopeAsync(s => EditorSaves.SaveAsync(s, title, text));

    private Task<int> ChangeRowsAsync() => _wiki.Server.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().ChangeLog.CountAsync());

    private string[] Generations() =>
        [.. Directory.GetDirectories(_wiki.Server.Services.GetRequiredService<SearchIndexLocation>().Folder, "g-*").Select(Path.GetFileName).OfType<string>()];

    /// <summary>The titles the results page lists, over HTTP.</summary>
    private Task<List<string>> FoundAsync(string query) => SearchPages.FoundAsync(_wiki.Server.Http, query);

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

/// <summary>The contract on SQLite, the embedded default.</summary>
public sealed class SearchConsistencyTests() : SearchConsistencyContract(DatabaseProvider.Sqlite);

/// <summary>The same contract on PostgreSQL.</summary>
public sealed class SearchConsistencyOnPostgres() : SearchConsistencyContract(DatabaseProvider.PostgreSql);
