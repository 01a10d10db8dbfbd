using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Corpus;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Search;

/// <summary>
/// Ranking on the shipped articles among 2,000 generated ones, whose text uses the same subject words (armistice,
/// missile, defense, trade, agreement, burden, sharing...) at Zipf-like rates: the shipped article must win on merit.
/// </summary>
[Collection(CorpusWikiDefinition.Name)]
public sealed class RankingTests(CorpusWiki corpus)
{
    [Fact]
    public async Task The_corpus_is_of_realistic_size()
    {
        var generated = new CorpusGenerator(CorpusWiki.Seed, CorpusWiki.GeneratedArticles).Articles().Select(a => a.Title).ToHashSet(StringComparer.Ordinal);
        var titles = await corpus.Server.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Pages.Select(p => p.Title).ToListAsync());
        Assert.Equal(CorpusWiki.GeneratedArticles, titles.Count(generated.Contains));
        var indexed = await corpus.Server.InScopeAsync(s => s.GetRequiredService<ISearchIndex>().CountAsync(CancellationToken.None));
        Assert.True(indexed > CorpusWiki.GeneratedArticles, $"{indexed} pages indexed");
    }

    [Theory]
    [InlineData("armistice", 1, new[] { "Korean War", "Korean Armistice Agreement" })]
    [InlineData("missile defense", 3, new[] { "Terminal High Altitude Area Defense" })]
    [InlineData("burden sharing", 3, new[] { "Special Measures Agreement" })]
    [InlineData("\"free trade agreement\"", 1, new[] { "Korea–United States Free Trade Agreement" })]
    [InlineData("treaties", 3, new[] { "Mutual Defense Treaty (1953)", "Treaty on the Non-Proliferation of Nuclear Weapons" })]
    [InlineData("주한미군", 1, new[] { "United States Forces Korea" })]
    [InlineData("미군", 1, new[] { "United States Forces Korea" })]
    [InlineData("방위조약", 1, new[] { "Mutual Defense Treaty (1953)" })]
    public async Task Shipped_articles_rank_at_the_top(string query, int within, string[] expected)
    {
        var results = await SearchAsync(query);
        var top = results.Hits.Take(within).Select(h => h.Title).ToList();
        Assert.True(top.Intersect(expected).Any(), $"'{query}': top {within} are {string.Join(" | ", top)}");
    }

    [Theory]
    [InlineData("armistice")]
    [InlineData("missile defense")]
    [InlineData("burden sharing")]
    [InlineData("\"free trade agreement\"")]
    public async Task Generated_articles_compete_for_the_ranking_queries(string query)
    {
        // Without competitors a ranking test proves nothing: the generated text must match these queries too.
        var results = await SearchAsync(query);
        Assert.True(results.Total >= 20, $"'{query}' matches only {results.Total} pages");
    }

    private Task<SearchResults> SearchAsync(string query) =>
        corpus.Server.InScopeAsync(s => s.GetRequiredService<ISearchIndex>().SearchAsync(SearchQuery.Parse(query), 0, 20, CancellationToken.None));
}
