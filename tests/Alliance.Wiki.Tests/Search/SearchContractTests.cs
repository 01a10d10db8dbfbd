using Alliance.Wiki.Core.Search;

namespace Alliance.Wiki.Tests.Search;

/// <summary>
/// The search contract on one shared seeded index (queries only read): English stemming, Korean substrings and
/// particles, romanizations, filters, suggestions, spelling and bad input. Ranking on a realistic corpus is in
/// <see cref="RankingTests"/>; writes in <see cref="SearchIndexWriteTests"/>.
/// </summary>
public sealed class SearchContractTests(SeededSearchIndex seeded) : IClassFixture<SeededSearchIndex>
{
    [Theory]
    [InlineData("treaty", new long[] { 2 })]
    [InlineData("treaties", new long[] { 2 })]
    [InlineData("\"binds the allies\"", new long[] { 2 })]
    [InlineData("\"allies the binds\"", new long[] { })]
    [InlineData("treat*", new long[] { 2 })]
    [InlineData("defense -missile", new long[] { 2 })]
    [InlineData("USFK OR THAAD", new long[] { 1, 3 })]
    [InlineData("kaesong", new long[] { 4 })]
    [InlineData("stationed pyeongtaek", new long[] { 1 })]
    [InlineData("stationed zzzz", new long[] { })]
    [InlineData("thad", new long[] { 3 })] // THAAD by its romanization key (doubled letters fold to one)
    public async Task English_queries_follow_the_query_language(string query, long[] ids) =>
        Assert.Equal(ids, (await IdsAsync(query)).Order());

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
    [InlineData("방위조약의", new long[] { 2 })]
    [InlineData("사드에서", new long[] { 3 })]
    public async Task Hangul_matches_any_substring_of_titles_aliases_and_text_with_or_without_a_particle(string query, long[] ids) =>
        Assert.Equal(ids, (await IdsAsync(query)).Order());

    [Fact]
    public async Task Categories_filter_and_are_counted_over_all_results()
    {
        var all = await SearchAsync("defense OR treaty OR USFK");
        Assert.Equal(3, all.Total);
        Assert.Equal(new CategoryCount("Alliance", 2), all.Categories[0]);
        Assert.Contains(new CategoryCount("Military and security", 2), all.Categories);
        Assert.Equal(3, all.CategoriesCounted);

        Assert.Equal([1, 3], (await IdsAsync("defense OR treaty OR USFK category:\"military and security\"")).Order());
        Assert.Equal([1, 2], (await IdsAsync("category:Alliance")).Order());
        Assert.Empty(await IdsAsync("category:Nothing"));
    }

    [Fact]
    public async Task Hits_carry_the_title_summary_and_categories()
    {
        var hit = Assert.Single((await SearchAsync("Pyeongtaek")).Hits);
        Assert.Equal((1L, "United States Forces Korea", "About United States Forces Korea."), (hit.PageId, hit.Title, hit.Summary));
        Assert.Equal(["Alliance", "Military and security"], hit.Categories.Order());
        Assert.Contains("<mark>Pyeongtaek</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intitle_searches_titles_only()
    {
        Assert.Equal([2, 3], (await IdsAsync("defense")).Order());
        Assert.Equal([2, 3], (await IdsAsync("intitle:defense")).Order());
        Assert.Empty(await IdsAsync("intitle:missile"));
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

    [Theory]
    [InlineData("pyeongtek", "pyeongtaek")]
    [InlineData("mutal defense treaty 1953", "Mutual Defense Treaty (1953)")]
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
    [InlineData("<missle>", null)]
    [InlineData("<missle> batery", "<missle> battery")]
    [InlineData("<mutal defense> batery", "<mutal defense> battery")]
    [InlineData("<b>missle</b>", "<b>missile</b>")]
    [InlineData("<mutal defense treaty 1953>", null)]
    public async Task Did_you_mean_never_rewrites_text_inside_angle_brackets(string query, string? suggestion)
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
        var results = await seeded.Index.SearchAsync(query, 0, 20, CancellationToken.None);
        Assert.True(query.Problem is not null || results.Total >= 0);
        await seeded.Index.SuggestAsync(input, 10, CancellationToken.None);
    }

    [Theory]
    [InlineData("war-\u0301")]
    [InlineData("s.\u0330")]
    [InlineData("\u0301\u0302\u0303")]
    [InlineData("\"\u0301\" -\u0330 intitle:\u0301")]
    public async Task A_word_of_combining_marks_finds_nothing_without_an_error(string input)
    {
        var results = await seeded.Index.SearchAsync(SearchQuery.Parse(input), 0, 20, CancellationToken.None);
        Assert.True(results.Total >= 0);
    }

    [Fact]
    public async Task Random_inputs_search_without_an_error()
    {
        // Operators, quotes, punctuation, Hangul, combining marks and letters in any order: a seeded fuzz, the same every run.
        const string alphabet = "\"\"*--+:()^~'.,;OR AND NOT intitle:category:ab 주한미군 \u0000\u0001\uD800\uFFFD\u0301\u0330–_%\\";
        var random = new Random(20261122);
        for (var i = 0; i < 300; i++)
        {
            var input = new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            await seeded.Index.SearchAsync(SearchQuery.Parse(input), 0, 20, CancellationToken.None);
        }
    }

    private Task<SearchResults> SearchAsync(string query) => seeded.SearchAsync(query);

    private Task<List<long>> IdsAsync(string query) => seeded.IdsAsync(query);

    private Task<IReadOnlyList<TitleSuggestion>> SuggestAsync(string prefix) => seeded.SuggestAsync(prefix);
}
