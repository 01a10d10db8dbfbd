using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Search;

/// <summary>
/// The FTS5 engine on a real migrated SQLite file, fed documents directly. Ranking needs a realistic corpus and is
/// tested in <see cref="RankingTests"/>; here: matching, replacing, escaping, Korean, filters, suggestions, spelling.
/// </summary>
public sealed class SqliteSearchIndexTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private WikiDbContext _db = null!;
    private SqliteSearchIndex _index = null!;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        _db = _database.NewContext();
        _index = new SqliteSearchIndex(_db);
        await IndexAsync(1, "United States Forces Korea", "USFK is stationed in Pyeongtaek. 주한미군은 평택에 있다.", aliases: ["USFK", "주한미군"], categories: ["Military and security", "Alliance"]);
        await IndexAsync(2, "Mutual Defense Treaty (1953)", "The treaty of 1953 binds the allies.", aliases: ["한미상호방위조약"], categories: ["Treaties and agreements", "Alliance"]);
        await IndexAsync(3, "Terminal High Altitude Area Defense", "A missile defense battery; Korean: 사드.", aliases: ["THAAD", "사드"], categories: ["Military and security"]);
        await IndexAsync(4, "Kaesŏng Industrial Region", "Factories north of the border.", categories: ["Economy"]);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        await _database.DisposeAsync();
    }

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
        Assert.Equal(5, await _index.CountAsync(CancellationToken.None));
        Assert.Equal(["Changing"], (await SuggestAsync("ren")).Select(s => s.Title));
    }

    [Fact]
    public async Task Removing_and_clearing_empty_every_table()
    {
        await _index.RemoveAsync(1, CancellationToken.None);
        Assert.Empty(await IdsAsync("Pyeongtaek"));
        Assert.Empty(await IdsAsync("주한미군"));
        Assert.Empty(await SuggestAsync("usf"));
        Assert.Equal(3, await _index.CountAsync(CancellationToken.None));

        await _index.ClearAsync(CancellationToken.None);
        Assert.Equal(0, await _index.CountAsync(CancellationToken.None));
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

    [Theory]
    [InlineData("주한미군", new long[] { 1 })]
    [InlineData("미군", new long[] { 1 })]
    [InlineData("방위조약", new long[] { 2 })]
    [InlineData("조약", new long[] { 2 })]
    [InlineData("미", new long[] { 1, 2 })]
    [InlineData("평택", new long[] { 1 })]
    [InlineData("미 -주한", new long[] { 2 })]
    [InlineData("THAAD 사드", new long[] { 3 })]
    [InlineData("treaty OR 사드", new long[] { 2, 3 })]
    [InlineData("intitle:주한", new long[] { })]
    [InlineData("주한미군은", new long[] { 1 })]
    public async Task Hangul_matches_any_substring_of_titles_aliases_and_text(string query, long[] ids) =>
        Assert.Equal(ids, (await IdsAsync(query)).Order());

    [Fact]
    public async Task Korean_results_are_ordered_by_where_they_match_and_their_snippets_marked()
    {
        await IndexAsync(5, "Camp Humphreys", "The largest base of 주한미군 overseas.");
        var results = await SearchAsync("주한미군");
        Assert.Equal([1, 5], results.Hits.Select(h => h.PageId));
        Assert.Contains("<mark>주한미군</mark>은", results.Hits[0].SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Categories_filter_and_are_counted_over_all_results()
    {
        var all = await SearchAsync("defense OR treaty OR USFK");
        Assert.Equal(3, all.Total);
        Assert.Equal(new CategoryCount("Alliance", 2), all.Categories[0]);
        Assert.Contains(new CategoryCount("Military and security", 2), all.Categories);

        Assert.Equal([1, 3], (await IdsAsync("defense OR treaty OR USFK category:\"military and security\"")).Order());
        Assert.Equal([1, 2], (await IdsAsync("category:Alliance")).Order());
        Assert.Empty(await IdsAsync("category:Nothing"));
    }

    [Fact]
    public async Task Intitle_searches_titles_only()
    {
        Assert.Equal([2, 3], (await IdsAsync("defense")).Order());
        Assert.Equal([2, 3], (await IdsAsync("intitle:defense")).Order());
        Assert.Empty(await IdsAsync("intitle:missile"));
    }

    [Fact]
    public async Task Results_come_a_page_at_a_time_with_the_total()
    {
        for (var i = 10; i < 35; i++)
        {
            await IndexAsync(i, $"Page {i}", "A common pagingword here.");
        }

        var query = SearchQuery.Parse("pagingword");
        var first = await _index.SearchAsync(query, 0, 20, CancellationToken.None);
        var second = await _index.SearchAsync(query, 20, 20, CancellationToken.None);
        Assert.Equal(25, first.Total);
        Assert.Equal(20, first.Hits.Count);
        Assert.Equal(5, second.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.PageId).Intersect(second.Hits.Select(h => h.PageId)));
    }

    [Theory]
    [InlineData("usfk", "United States Forces Korea", "USFK")]
    [InlineData("UNITED st", "United States Forces Korea", null)]
    [InlineData("kaesong", "Kaesŏng Industrial Region", null)]
    [InlineData("KAESŎNG-industrial", "Kaesŏng Industrial Region", null)]
    [InlineData("mutual defense treaty (19", "Mutual Defense Treaty (1953)", null)]
    [InlineData("주한", "United States Forces Korea", "주한미군")]
    [InlineData("사", "Terminal High Altitude Area Defense", "사드")]
    public async Task Suggestions_match_prefixes_of_titles_and_aliases(string prefix, string title, string? alias)
    {
        var suggestion = Assert.Single(await SuggestAsync(prefix));
        Assert.Equal(new TitleSuggestion(title, alias, $"About {title}."), suggestion);
    }

    [Fact]
    public async Task Suggestions_prefer_titles_and_stop_at_the_limit()
    {
        for (var i = 10; i < 30; i++)
        {
            await IndexAsync(i, $"Prefixed {i}", "Text.", aliases: [$"Alias of prefixed {i}"]);
        }

        await IndexAsync(40, "Zeta", "Text.", aliases: ["Prefixed alias"]);
        var suggestions = await _index.SuggestAsync("prefixed", 10, CancellationToken.None);
        Assert.Equal(10, suggestions.Count);
        Assert.All(suggestions, s => Assert.Null(s.Alias));
        Assert.Empty(await SuggestAsync(" - "));
        Assert.Empty(await SuggestAsync(new string('x', 10_000)));
    }

    [Theory]
    [InlineData("pyeongtek", "pyeongtaek")]
    [InlineData("thad", "THAAD")]
    [InlineData("Batery missle", "Battery missile")]
    [InlineData("\"missle defense\"", "\"missile defense\"")]
    [InlineData("qqqqzzzz", null)]
    public async Task Unknown_words_get_the_nearest_indexed_word_or_name(string query, string? suggestion)
    {
        var results = await SearchAsync(query);
        Assert.Equal(0, results.Total);
        Assert.Equal(suggestion, results.DidYouMean?.ToString());
    }

    [Theory]
    [MemberData(nameof(BadInputs.All), MemberType = typeof(BadInputs))]
    public async Task Any_input_searches_without_an_error(string input)
    {
        var query = SearchQuery.Parse(input);
        var results = await _index.SearchAsync(query, 0, 20, CancellationToken.None);
        Assert.True(query.Problem is not null || results.Total >= 0);
        await _index.SuggestAsync(input, 10, CancellationToken.None);
    }

    [Fact]
    public async Task Random_inputs_search_without_an_error()
    {
        // Operators, quotes, punctuation, Hangul and letters in any order: a seeded fuzz, the same every run.
        const string alphabet = "\"\"*--+:()^~'.,;OR AND NOT intitle:category:ab 주한미군 \u0000\u0001\uD800\uFFFD–_%\\";
        var random = new Random(20261122);
        for (var i = 0; i < 300; i++)
        {
            var input = new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            await _index.SearchAsync(SearchQuery.Parse(input), 0, 20, CancellationToken.None);
        }
    }

    private Task IndexAsync(long id, string title, string body, string[]? aliases = null, string[]? categories = null) =>
        _index.IndexAsync(new SearchDocument(id, title, aliases ?? [], [], $"About {title}.", categories ?? [], body), CancellationToken.None);

    private Task<SearchResults> SearchAsync(string query) => _index.SearchAsync(SearchQuery.Parse(query), 0, 20, CancellationToken.None);

    private async Task<List<long>> IdsAsync(string query) => [.. (await SearchAsync(query)).Hits.Select(h => h.PageId)];

    private Task<IReadOnlyList<TitleSuggestion>> SuggestAsync(string prefix) => _index.SuggestAsync(prefix, 10, CancellationToken.None);
}
