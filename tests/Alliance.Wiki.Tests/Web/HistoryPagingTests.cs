using System.Xml.Linq;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Web;

/// <summary>A long history comes a hundred revisions at a time; recent changes stop at fifty.</summary>
public abstract class HistoryPagingTestsContract(HistoryWiki wiki)
{
    private const int Edits = 130;

    [Fact]
    public async Task Long_histories_are_paged_and_recent_changes_capped()
    {
        var saved = new List<long>();
        for (var i = 1; i <= Edits; i++)
        {
            saved.Add(await wiki.SaveAsync("Beta", $"Beta text, edit {i}.", i % 2 == 0 ? "even" : "odd", $"Edit {i}", isMinor: i % 3 == 0));
        }

        var first = await Html.GetAsync(wiki.Server.Http, "/history/Beta");
        var rows = first.QuerySelectorAll(".history-row").Select(r => r.GetAttribute("data-revision")).ToList();
        Assert.Equal(saved.AsEnumerable().Reverse().Take(100).Select(Id), rows);
        Assert.Equal("/history/Beta?page=2", first.QuerySelector(".history-pages a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector(".history-pages a[rel=prev]"));

        var second = await Html.GetAsync(wiki.Server.Http, "/history/Beta?page=2");
        var older = second.QuerySelectorAll(".history-row").Select(r => r.GetAttribute("data-revision")).ToList();
        Assert.Equal(saved.AsEnumerable().Reverse().Skip(100).Select(Id).Append(Id(wiki.BetaRevision)), older);
        Assert.Equal("/history/Beta", second.QuerySelector(".history-pages a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector(".history-pages a[rel=next]"));
        var clamped = await Html.GetAsync(wiki.Server.Http, "/history/Beta?page=99");
        Assert.Equal(older, clamped.QuerySelectorAll(".history-row").Select(r => r.GetAttribute("data-revision")));

        var recent = await Html.GetAsync(wiki.Server.Http, "/recent-changes");
        Assert.Equal(saved.AsEnumerable().Reverse().Take(50).Select(Id), recent.QuerySelectorAll(".recent-row").Select(r => r.GetAttribute("data-revision")));
        var evenMajor = await Html.GetAsync(wiki.Server.Http, "/recent-changes?user=even&hideminor=1");
        Assert.Equal(
            Enumerable.Range(1, Edits).Where(i => i % 2 == 0 && i % 3 != 0).Reverse().Take(50).Select(i => $"Edit {i}"),
            evenMajor.QuerySelectorAll(".recent-row .change-summary").Select(s => s.TextContent.Trim('(', ')')));
        var feed = XDocument.Parse(await wiki.Server.Http.GetStringAsync(new Uri("/recent-changes.atom", UriKind.Relative)));
        Assert.Equal(50, feed.Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")).Count());
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The contract on SQLite, the embedded default.</summary>
public sealed class HistoryPagingTests(HistoryWiki wiki) : HistoryPagingTestsContract(wiki), IClassFixture<HistoryWiki>;

/// <summary>The same contract on PostgreSQL.</summary>
public sealed class HistoryPagingTestsOnPostgres(HistoryWikiOnPostgres wiki) : HistoryPagingTestsContract(wiki), IClassFixture<HistoryWikiOnPostgres>;
