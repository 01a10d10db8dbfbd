using Alliance.Wiki.Core.Search;

namespace Alliance.Wiki.Tests.Search;

/// <summary>What indexing does to the engine's answers, each test on a fresh <see cref="SeededSearchIndex"/>.</summary>
public sealed class SearchIndexWriteTests : IAsyncLifetime
{
    private readonly SeededSearchIndex _seeded = new();

    public ValueTask InitializeAsync() => _seeded.InitializeAsync();

    public ValueTask DisposeAsync() => _seeded.DisposeAsync();

    [Fact]
    public async Task English_words_are_stemmed_and_possessives_dropped()
    {
        await _seeded.IndexAsync(5, "Other", "Two treaties were signed by Korea's envoys.");
        Assert.Equal([2, 5], (await _seeded.IdsAsync("treaty")).Order());
        Assert.Equal([2, 5], (await _seeded.IdsAsync("treaties")).Order());
        Assert.Equal([5], await _seeded.IdsAsync("korea envoy"));
    }

    [Fact]
    public async Task Indexing_a_page_again_replaces_its_old_text()
    {
        await _seeded.IndexAsync(5, "Changing", "The zephyrword appears.");
        Assert.Equal([5], await _seeded.IdsAsync("zephyrword"));

        await _seeded.IndexAsync(5, "Changing", "The quasarword appears.", aliases: ["Renamed"]);

        Assert.Empty(await _seeded.IdsAsync("zephyrword"));
        Assert.Equal([5], await _seeded.IdsAsync("quasarword"));
        Assert.Equal(5, await _seeded.Index.CountAsync(CancellationToken.None));
        Assert.Equal(["Changing"], (await _seeded.SuggestAsync("ren")).Select(s => s.Title));
    }

    [Fact]
    public async Task Category_counts_follow_a_page_whose_categories_change_across_segments()
    {
        // Each indexing here refreshes the searcher, so every page sits in a segment of its own and a changed page's
        // old document is deleted from an older segment: the counts must come from the live documents only.
        await _seeded.IndexAsync(5, "Sorted", "The cobaltword appears.", categories: ["Economy", "Alliance"]);
        await _seeded.IndexAsync(6, "Also sorted", "The cobaltword again.", categories: ["Economy"]);
        Assert.Equal([new CategoryCount("Economy", 2), new CategoryCount("Alliance", 1)], (await _seeded.SearchAsync("cobaltword")).Categories);

        await _seeded.IndexAsync(5, "Sorted", "The cobaltword appears.", categories: ["Culture"]);

        var results = await _seeded.SearchAsync("cobaltword");
        Assert.Equal([new CategoryCount("Culture", 1), new CategoryCount("Economy", 1)], results.Categories);
        Assert.Equal(["Culture"], results.Hits.Single(h => h.PageId == 5).Categories);
        Assert.Equal([new CategoryCount("Alliance", 2), new CategoryCount("Military and security", 2), new CategoryCount("Economy", 1), new CategoryCount("Treaties and agreements", 1)],
            (await _seeded.SearchAsync("defense OR treaty OR USFK OR factories")).Categories);
    }

    [Fact]
    public async Task A_page_whose_title_folds_to_nothing_is_still_found()
    {
        await _seeded.IndexAsync(5, "?!", "Punctuation for a title.");
        Assert.Equal(5, await _seeded.Index.CountAsync(CancellationToken.None));
        Assert.Equal(["?!"], (await _seeded.SearchAsync("punctuation")).Hits.Select(h => h.Title));
    }

    [Fact]
    public async Task A_removed_page_is_found_nowhere()
    {
        await _seeded.RemoveAsync(1);
        Assert.Empty(await _seeded.IdsAsync("Pyeongtaek"));
        Assert.Empty(await _seeded.IdsAsync("주한미군"));
        Assert.Empty(await _seeded.SuggestAsync("usf"));
        Assert.Equal(3, await _seeded.Index.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_phrase_never_spans_two_aliases_or_two_headings()
    {
        await _seeded.IndexAsync(5, "Gaps", "Text.", aliases: ["North star", "Harbor light"], headings: ["Early years", "Later work"]);
        Assert.Empty(await _seeded.IdsAsync("\"star harbor\""));
        Assert.Empty(await _seeded.IdsAsync("\"years later\""));
        Assert.Equal([5], await _seeded.IdsAsync("\"harbor light\""));
    }

    [Fact]
    public async Task Snippets_escape_article_text_and_mark_matches()
    {
        await _seeded.IndexAsync(5, "Escapes", "Before <script>alert('x')</script> the armistice & after \u0001forged\u0002 text.");
        var snippet = (await _seeded.SearchAsync("armistice")).Hits.Single().SnippetHtml;
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>armistice</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>forged", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_body_gives_a_short_snippet_around_the_match()
    {
        var filler = string.Concat(Enumerable.Repeat("Plain words fill the article here. ", 200));
        await _seeded.IndexAsync(5, "Long", filler + "Then the rarematchword appears once. " + filler);
        var snippet = (await _seeded.SearchAsync("rarematchword")).Hits.Single().SnippetHtml;
        Assert.Contains("<mark>rarematchword</mark>", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Length, 50, 400);
    }

    [Fact]
    public async Task A_match_past_the_snippet_source_is_found_and_the_snippet_is_the_start()
    {
        // 20,000 Hangul syllables are 60,000 bytes of UTF-8: more than a doc value holds, so only the start is kept for snippets.
        await _seeded.IndexAsync(5, "Long Korean", string.Concat(Enumerable.Repeat("가나다라 ", 5000)) + "farawayword.");
        var hit = (await _seeded.SearchAsync("farawayword")).Hits.Single();
        Assert.StartsWith("가나다라", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Korean_matches_are_marked_as_one_run_and_title_matches_rank_first()
    {
        await _seeded.IndexAsync(5, "Camp Humphreys", "The largest base of 주한미군 overseas.");
        var results = await _seeded.SearchAsync("주한미군");
        Assert.Equal([1, 5], results.Hits.Select(h => h.PageId));
        Assert.Contains("<mark>주한미군</mark>", results.Hits[1].SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_come_a_page_at_a_time_with_the_total()
    {
        for (var i = 10; i < 35; i++)
        {
            await _seeded.IndexAsync(i, $"Page {i}", "A common pagingword here.");
        }

        var query = SearchQuery.Parse("pagingword");
        var first = await _seeded.Index.SearchAsync(query, 0, 20, CancellationToken.None);
        var second = await _seeded.Index.SearchAsync(query, 20, 20, CancellationToken.None);
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
            await _seeded.IndexAsync(i, $"Prefixed {i}", "Text.", aliases: [$"Alias of prefixed {i}"]);
        }

        await _seeded.IndexAsync(40, "Zeta", "Text.", aliases: ["Prefixed alias"]);
        var suggestions = await _seeded.Index.SuggestAsync("prefixed", 10, CancellationToken.None);
        Assert.Equal(10, suggestions.Count);
        Assert.All(suggestions, s => Assert.Null(s.Alias));
        Assert.Empty(await _seeded.SuggestAsync(" - "));
        Assert.Empty(await _seeded.SuggestAsync(new string('x', 10_000)));
    }
}
