using System.Net;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Harness;

/// <summary>
/// The shared server's reset, pinned: both cases find the wiki as it started and then change it in every way a test can
/// (a new page, an edited page viewed into the page cache, a new content file). Whichever runs second fails if the reset
/// left any of it behind.
/// </summary>
public sealed class SharedWikiResetTests(SharedWiki<SharedWikiResetTests> shared) : SharedWikiTests<SharedWikiResetTests>(shared), IWikiArticles
{
    private readonly TempWiki _temp = shared.Wiki;

    static void IWikiArticles.Write(TempContent content) => content.Write("alpha.md", "Alpha", "Alpha as it started.");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Each_test_finds_the_wiki_as_it_started(int run)
    {
        var server = _temp.Server;
        Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync(new Uri("/wiki/Scratch", UriKind.Relative))).StatusCode);
        Assert.Contains("Alpha as it started.", await server.Http.GetStringAsync(new Uri("/wiki/Alpha", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(["alpha.md"], Directory.GetFiles(_temp.Content.Folder).Select(Path.GetFileName));

        await server.InScopeAsync(async s =>
        {
            var writer = s.GetRequiredService<ArticleWriter>();
            await writer.SaveAsync(new SaveCommand("Scratch", ArticleDocument.Parse($"Run {run}."), "tester", "scratch", false, RevisionOrigin.Editor), CancellationToken.None);
            await writer.SaveAsync(new SaveCommand("Alpha", ArticleDocument.Parse($"Alpha changed by run {run}."), "tester", "edit", false, RevisionOrigin.Editor), CancellationToken.None);
        });
        Assert.Contains($"Alpha changed by run {run}.", await server.Http.GetStringAsync(new Uri("/wiki/Alpha", UriKind.Relative)), StringComparison.Ordinal);
        _temp.Content.Write("extra.md", "Extra", "An extra file.");
    }
}
