using Alliance.Wiki.Core.Search;

namespace Alliance.Wiki.Tests.Search;

/// <summary>
/// What writes to the FTS5 engine do, each test on a fresh <see cref="SeededSearchIndex"/>. Ranking needs a realistic
/// corpus and is tested in <see cref="RankingTests"/>.
/// </summary>
public sealed class SqliteSearchIndexTests : IAsyncLifetime
{
    private readonly SeededSearchIndex _seeded = new();

    private SqliteSearchIndex Index => _seeded.Index;

    public ValueTask InitializeAsync() => _seeded.InitializeAsync();

    public ValueTask DisposeAsync() => _seeded.DisposeAsync();
    [Fact]
    public async Task English_words_are_stemmed()
    {
        await IndexAsync(5, "Other", "Two treaties were signed.");
        Assert.Equal([2, 5], (await IdsAsync("treaty")).Order());
        Assert.Equal([2, 5], (await IdsAsync("treaties")).Order());
    }

    [Fact]
    public async Task Indexing_a_page_again_replaces_its_old_text()
    {
        await IndexAsync(5, "Changing", "The zephyrword appears.");
        Assert.Equal([5], await IdsAsync("zephyrword"));

        await IndexAsync(5, "Changing", "The quasarword appears.", aliases: ["Renamed"]);

        Assert.Empty(await IdsAsync("zephyrword"));
        Assert.Equal([5], await IdsAsync("quasarword"));
        Assert.Equal(5, await Index.CountAsync(CancellationToken.None));
        Assert.Equal(["Changing"], (await SuggestAsync("ren")).Select(s => s.Title));
    }

    [Fact]
    public async Task A_page_whose_title_folds_to_nothing_is_still_counted()
    {
        await IndexAsync(5, "?!", "Punctuation for a title.");
        Assert.Equal(5, await Index.CountAsync(CancellationToken.None));
        Assert.Equal(["?!"], (await SearchAsync("punctuation")).Hits.Select(h => h.Title));
    }

    [Fact]
    public async Task Removing_and_clearing_empty_every_table()
    {
        await Index.RemoveAsync(1, CancellationToken.None);
        Assert.Empty(await IdsAsync("Pyeongtaek"));
        Assert.Empty(await IdsAsync("주한미군"));
        Assert.Empty(await SuggestAsync("usf"));
        Assert.Equal(3, await Index.CountAsync(CancellationToken.None));

        await Index.ClearAsync(CancellationToken.None);
        Assert.Equal(0, await Index.CountAsync(CancellationToken.None));
        Assert.Empty(await IdsAsync("treaty"));
        Assert.Null((await SearchAsync("treati")).DidYouMean);
    }

    [Fact]
    public async Task Snippets_escape_article_text_and_mark_matches()
    {
        await IndexAsync(5, "Escapes", "Before <script>alert('x')</script> the armistice & after \u0001forged\u0002 text.");
        var snippet = (await SearchAsync("armistice")).Hits.Single().SnippetHtml;
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>armistice</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>forged", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Korean_results_are_ordered_by_where_they_match_and_their_snippets_marked()
    {
        await IndexAsync(5, "Camp Humphreys", "The largest base of 주한미군 overseas.");
        var results = await SearchAsync("주한미군");
        Assert.Equal([1, 5], results.Hits.Select(h => h.PageId));
        Assert.Contains("<mark>주한미군</mark>은", results.Hits[0].SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_come_a_page_at_a_time_with_the_total()
    {
        for (var i = 10; i < 35; i++)
        {
            await IndexAsync(i, $"Page {i}", "A common pagingword here.");
        }

        var query = SearchQuery.Parse("pagingword");
        var first = await Index.SearchAsync(query, 0, 20, CancellationToken.None);
        var second = await Index.SearchAsync(query, 20, 20, CancellationToken.None);
        Assert.Equal(25, first.Total);
        Assert.Equal(20, first.Hits.Count);
        Assert.Equal(5, second.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.PageId).Intersect(second.Hits.Select(h => h.PageId)));
    }

    [Fact]
    public async Task Suggestions_prefer_titles_and_stop_at_the_limit()
    {
        for (var i = 10; i < 30; i++)
        {
            await IndexAsync(i, $"Prefixed {i}", "Text.", aliases: [$"Alias of prefixed {i}"]);
        }

        await IndexAsync(40, "Zeta", "Text.", aliases: ["Prefixed alias"]);
        var suggestions = await Index.SuggestAsync("prefixed", 10, CancellationToken.None);
        Assert.Equal(10, suggestions.Count);
        Assert.All(suggestions, s => Assert.Null(s.Alias));
        Assert.Empty(await SuggestAsync(" - "));
        Assert.Empty(await SuggestAsync(new string('x', 10_000)));
    }

    private Task IndexAsync(long id, string title, string body, string[]? aliases = null, string[]? categories = null) => _seeded.IndexAsync(id, title, body, aliases, categories);

    private Task<SearchResults> SearchAsync(string query) => _seeded.SearchAsync(query);

    private Task<List<long>> IdsAsync(string query) => _seeded.IdsAsync(query);

    private Task<IReadOnlyList<TitleSuggestion>> SuggestAsync(string prefix) => _seeded.SuggestAsync(prefix);
}
