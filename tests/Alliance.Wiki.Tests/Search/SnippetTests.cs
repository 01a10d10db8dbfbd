
namespace Alliance.Wiki.Tests.Search;

/// <summary>Snippets from the engine: what the index matched is marked (stems, prefixes, Hangul runs), around the best passage.</summary>
public sealed class SnippetTests : IAsyncLifetime
{
    private readonly SeededSearchIndex _seeded = new();

    public ValueTask InitializeAsync() => _seeded.InitializeAsync();

    public ValueTask DisposeAsync() => _seeded.DisposeAsync();

    [Theory]
    [InlineData("treaty", "Two <mark>treaties</mark> and a <mark>treaty</mark>; <mark>Treaty</mark>-making.")]
    [InlineData("treat*", "Two <mark>treaties</mark> and a <mark>treaty</mark>; <mark>Treaty</mark>-making.")]
    [InlineData("\"sharing burdens\"", "<mark>Burden</mark> <mark>sharing</mark> and <mark>shared</mark> <mark>burdens</mark>; burdensome.")]
    [InlineData("주한미군 THAAD", "<mark>THAAD</mark> and <mark>주한미군</mark>은 <mark>주한미군</mark>")]
    [InlineData("war -peace", "Two treaties and a <mark>war</mark>.")]
    public async Task Words_are_marked_as_the_index_matched_them(string query, string html)
    {
        var text = html.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal);
        await _seeded.IndexAsync(5, "Snippet", text);
        var hit = (await _seeded.SearchAsync(query)).Hits.Single(h => h.PageId == 5);
        Assert.Equal(html, hit.SnippetHtml);
    }

    [Fact]
    public async Task The_passage_is_the_one_with_the_most_matches()
    {
        var filler = string.Join(' ', Enumerable.Range(0, 60).Select(i => "word" + i));
        await _seeded.IndexAsync(5, "Passages", $"Missile tests began. {filler}. The missile defense battery. {filler}. Defense ends.");
        var snippet = (await _seeded.SearchAsync("missile defense")).Hits.Single(h => h.PageId == 5).SnippetHtml;
        Assert.True(snippet.Contains("The <mark>missile</mark> <mark>defense</mark> battery.", StringComparison.Ordinal), snippet);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phrase_is_where_the_snippet_starts_marking()
    {
        var filler = string.Join(' ', Enumerable.Range(0, 60).Select(i => "word" + i));
        await _seeded.IndexAsync(5, "Phrase", $"{filler}. Its defense came first, and then the missile defense shield. {filler}.");
        var snippet = (await _seeded.SearchAsync("\"missile defense\"")).Hits.Single(h => h.PageId == 5).SnippetHtml;
        Assert.StartsWith("<mark>missile</mark> <mark>defense</mark>", snippet[snippet.IndexOf("<mark>", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_match_in_the_text_the_passage_is_its_start()
    {
        await _seeded.IndexAsync(5, "Titleonlyword", "Lead text and more. Text that goes on.");
        var snippet = (await _seeded.SearchAsync("titleonlyword")).Hits.Single().SnippetHtml;
        Assert.StartsWith("Lead text and more.", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("U.S.")]
    [InlineData("C++")]
    [InlineData("O'Brien")]
    [InlineData("1950–1953")]
    [InlineData("\"unbalanced quote")]
    public async Task Punctuated_words_find_the_text_that_holds_them(string query)
    {
        await _seeded.IndexAsync(5, "Punctuated", "U.S. forces, C++ code, O'Brien, the 1950–1953 war and an unbalanced quote.");
        Assert.Contains(5L, await _seeded.IdsAsync(query));
    }
}
