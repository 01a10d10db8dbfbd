using System.Net;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Web;

/// <summary>Infoboxes and timelines over HTTP: shown on the article, checked on save, kept when an edit is refused.</summary>
public sealed class InfoboxPagesTests(SharedWiki<InfoboxPagesTests> shared) : SharedWikiTests<InfoboxPagesTests>(shared), IWikiArticles
{
    private const string AlphaFacts = """
        infobox:
          kind: agreement
          signed: 1966-07-09
          parties: ["[[Beta]]", "[[Nowhere]]"]
        events:
          - date: 1966-07-09
            text: Alpha is signed, as [[Beta]] records.
        """;

    private readonly TempWiki _temp = shared.Wiki;

    static void IWikiArticles.Write(TempContent content)
    {
        content.Write("alpha.md", "Alpha", "Alpha lead.\n\n## History\n\nHistory line.");
        content.Write("beta.md", "Beta", "Beta lead.");
    }

    private WikiServer Wiki => _temp.Server;

    [Fact]
    public async Task The_shipped_treaty_opens_with_its_infobox_and_shows_its_timeline()
    {
        using var wiki = new WikiServer();
        var page = await Html.GetAsync(wiki.Http, "/wiki/Mutual_Defense_Treaty_(1953)");
        var body = page.QuerySelector(".article-body")!;
        var infobox = body.FirstElementChild!;
        Assert.Equal("infobox infobox-treaty", infobox.ClassName);
        Assert.Contains("한미상호방위조약", infobox.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(infobox.QuerySelectorAll("tr"), r => r.TextContent.Contains("Signed", StringComparison.Ordinal) && r.TextContent.Contains("1 October 1953", StringComparison.Ordinal));
        Assert.NotEmpty(body.QuerySelectorAll("section.article-timeline li"));
    }

    [Fact]
    public async Task A_saved_infobox_shows_and_its_links_count_as_links()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var response = await editor.SaveAsync("Alpha", t => t.Replace("---\nAlpha lead.", AlphaFacts + "\n---\nAlpha lead.", StringComparison.Ordinal), summary: "Facts");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());

        var page = await Html.GetAsync(Wiki.Http, "/wiki/Alpha");
        Assert.Equal("/wiki/Beta", page.QuerySelector(".infobox a.wikilink:not(.new)")!.GetAttribute("href"));
        Assert.Equal("/edit/Nowhere", page.QuerySelector(".infobox a.new")!.GetAttribute("href"));
        var backlinks = await Html.GetAsync(Wiki.Http, "/links-here/Beta");
        Assert.Contains("Alpha", backlinks.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("infobox:\n  kind: pact\n", "The infobox kind 'pact' is unknown")]
    [InlineData("infobox:\n  kind: treaty\n  signed: 1953-10-32\n", "'1953-10-32', which is not a date")]
    [InlineData("events:\n  - date: someday\n    text: Something.\n", "Event 1 of 'events:' has the date 'someday'")]
    public async Task Bad_facts_are_refused_with_a_clear_message_and_the_text_kept(string yaml, string message)
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var form = await editor.OpenEditAsync("Alpha");
        var text = form.Text.Replace("---\nAlpha lead.", yaml + "---\nAlpha lead.", StringComparison.Ordinal);
        var before = await RevisionCountAsync();

        var response = await editor.SubmitAsync(form, text, "bad facts");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.QuerySelector("[role='alert']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(text.ReplaceLineEndings("\n").TrimEnd(), page.QuerySelector("textarea[name='Text']")!.TextContent.ReplaceLineEndings("\n").TrimEnd());
        Assert.Equal(before, await RevisionCountAsync());
    }

    private Task<int> RevisionCountAsync() => Wiki.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Revisions.CountAsync());
}
