using System.Net;
using System.Xml.Linq;
using Alliance.Wiki.Tests.Support;
using AngleSharp.Dom;

namespace Alliance.Wiki.Tests.Web;

/// <summary>Recent changes as a page and as an Atom feed, with the author and minor-edit filters.</summary>
public abstract class RecentChangesTestsContract(HistoryWiki wiki)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private HttpClient Http => wiki.Server.Http;

    /// <summary>Every revision the fixture made, newest first: the imports (Alpha, Beta, the Hangul page) and then the edits.</summary>
    private IEnumerable<long> AllRevisions =>
        wiki.Alpha.Concat([wiki.BetaRevision]).Concat(wiki.KoreanRevisions).Order().Reverse();

    [Fact]
    public async Task Recent_changes_list_every_change_newest_first_with_page_links()
    {
        var page = await Html.GetAsync(Http, "/recent-changes");
        var rows = page.QuerySelectorAll(".recent-row");
        Assert.Equal(AllRevisions.Select(Id), rows.Select(r => r.GetAttribute("data-revision")));

        var annsKorean = Row(rows, wiki.KoreanRevisions[1]);
        Assert.Equal(HistoryWiki.Korean, annsKorean.QuerySelector("a.recent-page")!.TextContent);
        Assert.Equal("/history/" + Uri.EscapeDataString(HistoryWiki.Korean.Replace(' ', '_')), annsKorean.QuerySelector("a.history-link")!.GetAttribute("href"));
        Assert.EndsWith($"?from={wiki.KoreanRevisions[0]}&to={wiki.KoreanRevisions[1]}", annsKorean.QuerySelector("a.diff-prev")!.GetAttribute("href"), StringComparison.Ordinal);

        var beta = Row(rows, wiki.BetaRevision);
        Assert.Null(beta.QuerySelector("a.diff-prev"));
        Assert.NotNull(beta.QuerySelector(".new-mark"));
        Assert.Equal("+5", Row(rows, wiki.Alpha[1]).QuerySelector(".size-change")!.TextContent);
        Assert.Equal([Id(wiki.Alpha[2])], rows.Where(r => r.QuerySelector(".minor-mark") is not null).Select(r => r.GetAttribute("data-revision")));
    }

    [Fact]
    public async Task Recent_changes_filter_by_author()
    {
        var page = await Html.GetAsync(Http, "/recent-changes?user=ann");
        var rows = page.QuerySelectorAll(".recent-row");
        Assert.Equal([Id(wiki.KoreanRevisions[1]), Id(wiki.Alpha[1])], rows.Select(r => r.GetAttribute("data-revision")));
        Assert.All(rows, r => Assert.Equal("ann", r.QuerySelector(".change-author")!.TextContent));
        Assert.Equal("ann", page.QuerySelector(".filter-user")!.TextContent);
        Assert.Equal("/recent-changes", page.QuerySelector("a.toggle-user")!.GetAttribute("href"));
        Assert.Equal("/recent-changes?user=ann&hideminor=1", page.QuerySelector("a.toggle-minor")!.GetAttribute("href"));
        Assert.Equal("/recent-changes?user=ann", rows[0].QuerySelector("a.change-author")!.GetAttribute("href"));

        var nobody = await Html.GetAsync(Http, "/recent-changes?user=nobody");
        Assert.Empty(nobody.QuerySelectorAll(".recent-row"));
        Assert.Contains("No changes match", nobody.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recent_changes_hide_minor_edits_on_request()
    {
        var all = await Html.GetAsync(Http, "/recent-changes");
        Assert.Equal("/recent-changes?hideminor=1", all.QuerySelector("a.toggle-minor")!.GetAttribute("href"));
        Assert.Null(all.QuerySelector("a.toggle-user"));

        var page = await Html.GetAsync(Http, "/recent-changes?hideminor=1");
        var shown = page.QuerySelectorAll(".recent-row").Select(r => r.GetAttribute("data-revision")).ToList();
        Assert.Equal(AllRevisions.Where(id => id != wiki.Alpha[2]).Select(Id), shown);
        Assert.Empty(page.QuerySelectorAll(".minor-mark"));
        Assert.Equal("/recent-changes", page.QuerySelector("a.toggle-minor")!.GetAttribute("href"));
        Assert.Equal("1", page.QuerySelector("form.recent-user-form input[name=hideminor]")!.GetAttribute("value"));

        var bobWithoutMinor = await Html.GetAsync(Http, "/recent-changes?user=bob&hideminor=1");
        Assert.Empty(bobWithoutMinor.QuerySelectorAll(".recent-row"));
    }

    [Fact]
    public async Task Recent_changes_page_links_its_feed_and_the_header_links_recent_changes()
    {
        var page = await Html.GetAsync(Http, "/recent-changes?user=ann");
        var feed = page.QuerySelector("head link[rel=alternate][type='application/atom+xml']")!;
        Assert.Equal("/recent-changes.atom?user=ann", feed.GetAttribute("href"));
        var article = await Html.GetAsync(Http, "/wiki/Alpha");
        Assert.NotNull(article.QuerySelector(".site-header a[href='/recent-changes']"));
        var tabs = article.QuerySelectorAll(".page-tabs a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Article", "Edit", "History", "What links here"], tabs);
        Assert.NotNull(article.QuerySelector(".page-tabs a[href='/history/Alpha']"));
    }

    [Fact]
    public async Task Atom_feed_has_the_same_entries_with_stable_ids_and_absolute_links()
    {
        var response = await Http.GetAsync(new Uri("/recent-changes.atom", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(AllRevisions.Select(id => $"urn:alliance-wiki:revision:{id}"), entries.Select(e => e.Element(Atom + "id")!.Value));

        var ann = entries.Single(e => e.Element(Atom + "id")!.Value.EndsWith($":{wiki.Alpha[1]}", StringComparison.Ordinal));
        Assert.Equal("Alpha", ann.Element(Atom + "title")!.Value);
        Assert.Equal("ann", ann.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("Add the treaty year (+5 bytes)", ann.Element(Atom + "summary")!.Value);
        Assert.Equal(new Uri(wiki.Server.Address, $"/diff/Alpha?from={wiki.Alpha[0]}&to={wiki.Alpha[1]}"), new Uri(ann.Element(Atom + "link")!.Attribute("href")!.Value));
        Assert.True(DateTimeOffset.TryParse(ann.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.All(feed.Descendants(Atom + "link"), l => Assert.StartsWith(wiki.Server.Address.GetLeftPart(UriPartial.Authority) + "/", l.Attribute("href")!.Value, StringComparison.Ordinal));

        var again = XDocument.Parse(await Http.GetStringAsync(new Uri("/recent-changes.atom", UriKind.Relative))).Root!;
        Assert.Equal(entries.Select(e => e.Element(Atom + "id")!.Value), again.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
    }

    [Fact]
    public async Task Atom_feed_honours_the_filters()
    {
        var byAnn = XDocument.Parse(await Http.GetStringAsync(new Uri("/recent-changes.atom?user=ann", UriKind.Relative))).Root!;
        Assert.Equal([$"urn:alliance-wiki:revision:{wiki.KoreanRevisions[1]}", $"urn:alliance-wiki:revision:{wiki.Alpha[1]}"],
            byAnn.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
        var withoutMinor = XDocument.Parse(await Http.GetStringAsync(new Uri("/recent-changes.atom?hideminor=1", UriKind.Relative))).Root!;
        Assert.DoesNotContain($"urn:alliance-wiki:revision:{wiki.Alpha[2]}", withoutMinor.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
        Assert.EndsWith("/recent-changes.atom?hideminor=1", withoutMinor.Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "self").Attribute("href")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_authors_and_summaries_are_encoded_on_recent_changes_and_in_the_feed()
    {
        var html = await Http.GetStringAsync(new Uri($"/recent-changes?user={Uri.EscapeDataString(HistoryWiki.Hostile)}", UriKind.Relative));
        Assert.DoesNotContain(HistoryWiki.Hostile, html, StringComparison.Ordinal);
        var page = await Html.ParseAsync(html);
        Assert.Empty(page.QuerySelectorAll("main script"));
        var row = Assert.Single(page.QuerySelectorAll(".recent-row"));
        Assert.Equal(HistoryWiki.Hostile, row.QuerySelector(".change-author")!.TextContent);
        Assert.Equal($"({HistoryWiki.HostileSummary})", row.QuerySelector(".change-summary")!.TextContent);
        Assert.Equal(HistoryWiki.Hostile, page.QuerySelector(".filter-user")!.TextContent);
        Assert.Equal(HistoryWiki.Hostile, page.QuerySelector("#recent-user")!.GetAttribute("value"));

        var xml = await Http.GetStringAsync(new Uri("/recent-changes.atom", UriKind.Relative));
        Assert.DoesNotContain(HistoryWiki.Hostile, xml, StringComparison.Ordinal);
        var entry = XDocument.Parse(xml).Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value.EndsWith($":{wiki.Alpha[3]}", StringComparison.Ordinal));
        Assert.Equal(HistoryWiki.Hostile, entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.StartsWith(HistoryWiki.HostileSummary + " (+", entry.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IElement Row(IHtmlCollection<IElement> rows, long revision) => rows.Single(r => r.GetAttribute("data-revision") == Id(revision));
}

/// <summary>The contract on SQLite, the embedded default.</summary>
public sealed class RecentChangesTests(HistoryWiki wiki) : RecentChangesTestsContract(wiki), IClassFixture<HistoryWiki>;

/// <summary>The same contract on PostgreSQL.</summary>
public sealed class RecentChangesTestsOnPostgres(HistoryWikiOnPostgres wiki) : RecentChangesTestsContract(wiki), IClassFixture<HistoryWikiOnPostgres>;
