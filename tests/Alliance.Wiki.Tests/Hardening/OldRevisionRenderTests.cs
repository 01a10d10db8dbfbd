using System.Net;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Hardening;

/// <summary>
/// <c>/revision/{id}</c> of an old revision is served from the render cache like the article page, not rendered anew
/// for every reader (100 KB of hostile Markdown cost 4.3 s a request), and still without today's section edit links.
/// </summary>
public sealed class OldRevisionRenderTests(SharedWiki<OldRevisionRenderTests> shared) : SharedWikiTests<OldRevisionRenderTests>(shared), IWikiArticles
{
    private readonly TempWiki _temp = shared.Wiki;

    static void IWikiArticles.Write(TempContent content) => content.Write("cached.md", "Cached", "Lead.\n\n## History\n\nFirst version.");

    [Fact]
    public async Task An_old_revision_is_shown_from_the_render_cache()
    {
        var (old, _) = await TwoRevisionsAsync();
        await _temp.Server.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Renders.Where(r => r.RevisionId == old)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Html, "<p id=\"from-the-cache\">kept render</p>")));

        var (response, page) = await WikiSession.Anonymous(_temp.Server).GetAsync($"/revision/{old}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#from-the-cache"));
    }

    [Fact]
    public async Task An_old_revision_without_a_kept_render_is_rendered_once_and_kept_without_edit_links_on_show()
    {
        var (old, _) = await TwoRevisionsAsync();
        await _temp.Server.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Renders.Where(r => r.RevisionId == old).ExecuteDeleteAsync());

        var (response, page) = await WikiSession.Anonymous(_temp.Server).GetAsync($"/revision/{old}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("First version.", page.QuerySelector(".article-body")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".article-body .editsection"));
        Assert.True(await _temp.Server.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Renders.AnyAsync(r => r.RevisionId == old)));
    }

    private async Task<(long Old, long Current)> TwoRevisionsAsync()
    {
        using var editor = await WikiSession.SignInAsync(_temp.Server, WikiRoles.Editor);
        var old = await _temp.Server.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Pages.Where(p => p.Title == "Cached").Select(p => p.LatestRevisionId!.Value).SingleAsync());
        var saved = await editor.SaveAsync("Cached", text => text.Replace("First version.", "Second version.", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var current = await _temp.Server.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Pages.Where(p => p.Title == "Cached").Select(p => p.LatestRevisionId!.Value).SingleAsync());
        Assert.NotEqual(old, current);
        return (old, current);
    }
}
