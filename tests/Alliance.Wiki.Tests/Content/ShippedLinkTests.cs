using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Content;

/// <summary>
/// The shipped articles as a web of links, read from the links and names tables that import wrote: every article is a
/// reference work's entry, reached from at least two others and leading on to at least five.
/// </summary>
public sealed class ShippedLinkTests(WikiServer wiki) : IClassFixture<WikiServer>
{
    private const int MinimumOutgoing = 5;
    private const int MinimumIncoming = 2;

    [Fact]
    public async Task Every_article_links_to_at_least_five_others_and_is_linked_from_at_least_two()
    {
        var edges = await wiki.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<WikiDbContext>();
            return await (from link in db.Links
                          join name in db.PageNames on link.TargetKey equals name.Key
                          where name.PageId != link.PageId
                          select new { From = link.PageId, To = name.PageId }).Distinct().ToListAsync();
        });
        var titles = await wiki.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Pages.ToDictionaryAsync(p => p.Id, p => p.Title));
        Assert.Equal(RepositoryPaths.ShippedArticles, titles.Count);

        var outgoing = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Count());
        var incoming = edges.GroupBy(e => e.To).ToDictionary(g => g.Key, g => g.Count());
        var problems = titles
            .Select(t => (t.Value, Out: outgoing.GetValueOrDefault(t.Key), In: incoming.GetValueOrDefault(t.Key)))
            .Where(t => t.Out < MinimumOutgoing || t.In < MinimumIncoming)
            .Select(t => $"{t.Value}: links to {t.Out}, linked from {t.In}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
