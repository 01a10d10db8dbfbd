using System.Net;
using System.Text;
using Alliance.Wiki.Core.History;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Web;

/// <summary>History, diff and blame pages over HTTP, on a wiki with a known history.</summary>
public abstract class HistoryPagesTestsContract(HistoryWiki wiki)
{
    /// <summary>The wiki, for tests of one provider only.</summary>
    protected HistoryWiki Fixture => wiki;

    private HttpClient Http => wiki.Server.Http;

    [Fact]
    public async Task History_lists_every_revision_newest_first_with_sizes_changes_and_minor_marks()
    {
        var page = await OkAsync("/history/Alpha");
        var rows = page.QuerySelectorAll(".history-row");
        Assert.Equal(wiki.Alpha.Reverse().Select(Id), rows.Select(r => r.GetAttribute("data-revision")));

        var sizes = await SizesAsync();
        for (var i = 0; i < wiki.Alpha.Count; i++)
        {
            var row = rows[wiki.Alpha.Count - 1 - i];
            var change = sizes[wiki.Alpha[i]] - (i == 0 ? 0 : sizes[wiki.Alpha[i - 1]]);
            Assert.Equal($"{sizes[wiki.Alpha[i]]:N0} bytes", row.QuerySelector(".history-size")!.TextContent);
            Assert.Equal(change > 0 ? $"+{change}" : $"\u2212{-change}", row.QuerySelector(".size-change")!.TextContent);
            Assert.Equal($"/revision/{wiki.Alpha[i]}", row.QuerySelector("a.history-time")!.GetAttribute("href"));
            Assert.Equal(i == 0 ? null : $"/diff/Alpha?from={wiki.Alpha[i - 1]}&to={wiki.Alpha[i]}", row.QuerySelector("a.diff-prev")?.GetAttribute("href"));
        }

        // "1953 " went in, then "lead" became "opening": +5 and +3 bytes.
        Assert.Equal("+5", rows[2].QuerySelector(".size-change")!.TextContent);
        Assert.Contains("grew", rows[2].QuerySelector(".size-change")!.ClassList);
        Assert.Equal("+3", rows[1].QuerySelector(".size-change")!.TextContent);
        Assert.Equal([Id(wiki.Alpha[2])], rows.Where(r => r.QuerySelector(".minor-mark") is not null).Select(r => r.GetAttribute("data-revision")));
        Assert.Equal("ann", rows[2].QuerySelector(".change-author")!.TextContent);
        Assert.Equal("(Add the treaty year)", rows[2].QuerySelector(".change-summary")!.TextContent);
    }

    [Fact]
    public async Task History_offers_radio_buttons_that_compare_any_two_revisions()
    {
        var page = await OkAsync("/history/Alpha");
        var form = page.QuerySelector("form.history-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/diff/Alpha", form.GetAttribute("action"));
        Assert.Equal(wiki.Alpha.Reverse().Select(Id), form.QuerySelectorAll("input[type=radio][name=from]").Select(r => r.GetAttribute("value")));
        Assert.Equal(wiki.Alpha.Reverse().Select(Id), form.QuerySelectorAll("input[type=radio][name=to]").Select(r => r.GetAttribute("value")));
        Assert.Equal(Id(wiki.Alpha[^2]), form.QuerySelector("input[name=from][checked]")!.GetAttribute("value"));
        Assert.Equal(Id(wiki.Alpha[^1]), form.QuerySelector("input[name=to][checked]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/history/alpha", "/history/Alpha", HttpStatusCode.MovedPermanently)]
    [InlineData("/history/A1", "/history/Alpha", HttpStatusCode.Found)]
    [InlineData("/blame/A1", "/blame/Alpha", HttpStatusCode.Found)]
    [InlineData("/diff/alpha?from=1&to=2", "/diff/Alpha?from=1&to=2", HttpStatusCode.MovedPermanently)]
    public async Task Aliases_and_other_spellings_go_to_the_canonical_url(string url, string canonical, HttpStatusCode status)
    {
        var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/history/No_such_page")]
    [InlineData("/diff/No_such_page?from=1&to=2")]
    [InlineData("/blame/No_such_page")]
    public async Task A_missing_page_answers_404_with_a_notice(string url)
    {
        var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("no article titled “No such page”", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_of_a_hangul_title_is_reached_by_its_encoded_url()
    {
        var page = await OkAsync("/history/" + Uri.EscapeDataString(HistoryWiki.Korean.Replace(' ', '_')));
        Assert.Equal(2, page.QuerySelectorAll(".history-row").Length);
        Assert.Equal("(위치 수정)", page.QuerySelector(".history-row .change-summary")!.TextContent);
    }

    [Fact]
    public async Task Inline_diff_highlights_the_changed_words()
    {
        var page = await OkAsync($"/diff/Alpha?from={wiki.Alpha[1]}&to={wiki.Alpha[2]}");
        var diff = page.QuerySelector("table.diff-inline")!;
        Assert.Equal(["lead"], diff.QuerySelectorAll("del").Select(Text));
        Assert.Equal(["opening"], diff.QuerySelectorAll("ins").Select(Text));
        Assert.Equal("Alpha lead paragraph.", diff.QuerySelector("tr.diff-deleted .diff-text")!.TextContent);
        Assert.Equal("Alpha opening paragraph.", diff.QuerySelector("tr.diff-inserted .diff-text")!.TextContent);
        Assert.Null(page.QuerySelector("table.diff-side"));
    }

    [Fact]
    public async Task Side_by_side_diff_puts_the_old_line_left_and_the_new_line_right()
    {
        var page = await OkAsync($"/diff/Alpha?from={wiki.Alpha[0]}&to={wiki.Alpha[2]}&view=side");
        var diff = page.QuerySelector("table.diff-side")!;
        Assert.Equal(["lead"], diff.QuerySelectorAll("td.diff-deleted del").Select(Text));
        Assert.Equal(["opening", "1953"], diff.QuerySelectorAll("td.diff-inserted ins").Select(Text));
        var changed = diff.QuerySelectorAll("tr.diff-row-changed");
        Assert.Equal(2, changed.Length);
        Assert.Equal(["Second paragraph about the treaty.", "Second paragraph about the 1953 treaty."],
            changed[1].QuerySelectorAll(".diff-text").Select(c => c.TextContent));
        Assert.Null(page.QuerySelector("table.diff-inline"));
    }

    [Fact]
    public async Task Diff_of_hangul_text_highlights_the_changed_word()
    {
        var page = await OkAsync($"/diff/{Uri.EscapeDataString(HistoryWiki.Korean.Replace(' ', '_'))}?from={wiki.KoreanRevisions[0]}&to={wiki.KoreanRevisions[1]}");
        Assert.Equal(["평택에"], page.QuerySelectorAll(".diff del").Select(Text));
        Assert.Equal(["용산에"], page.QuerySelectorAll(".diff ins").Select(Text));
    }

    [Fact]
    public async Task Diff_in_either_order_shows_the_older_revision_first()
    {
        var forward = await OkAsync($"/diff/Alpha?from={wiki.Alpha[0]}&to={wiki.Alpha[3]}");
        var backward = await OkAsync($"/diff/Alpha?from={wiki.Alpha[3]}&to={wiki.Alpha[0]}");
        Assert.Equal(forward.QuerySelector("table.diff")!.OuterHtml, backward.QuerySelector("table.diff")!.OuterHtml);
        Assert.Contains($"Revision {wiki.Alpha[0]} as of", backward.QuerySelector(".diff-revision-old")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_header_names_both_revisions_and_links_the_neighbouring_edits()
    {
        var page = await OkAsync($"/diff/Alpha?from={wiki.Alpha[1]}&to={wiki.Alpha[2]}&view=side");
        var old = page.QuerySelector(".diff-revision-old")!;
        var @new = page.QuerySelector(".diff-revision-new")!;
        Assert.Equal($"/revision/{wiki.Alpha[1]}", old.QuerySelector(".diff-revision-title a")!.GetAttribute("href"));
        Assert.Equal("ann", old.QuerySelector(".change-author")!.TextContent);
        Assert.Equal("bob", @new.QuerySelector(".change-author")!.TextContent);
        Assert.NotNull(@new.QuerySelector(".minor-mark"));
        Assert.Equal($"/diff/Alpha?from={wiki.Alpha[0]}&to={wiki.Alpha[1]}&view=side", old.QuerySelector("a.diff-older")!.GetAttribute("href"));
        Assert.Equal($"/diff/Alpha?from={wiki.Alpha[2]}&to={wiki.Alpha[3]}&view=side", @new.QuerySelector("a.diff-newer")!.GetAttribute("href"));

        var first = await OkAsync($"/diff/Alpha?from={wiki.Alpha[0]}&to={wiki.Alpha[3]}");
        Assert.Null(first.QuerySelector("a.diff-older"));
        Assert.Null(first.QuerySelector("a.diff-newer"));
    }

    [Fact]
    public async Task Diff_of_a_revision_with_itself_says_there_is_no_difference()
    {
        var page = await OkAsync($"/diff/Alpha?from={wiki.Alpha[1]}&to={wiki.Alpha[1]}");
        Assert.Contains("No difference", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("table.diff"));
    }

    [Theory]
    [InlineData("?from=abc&to={a}", HttpStatusCode.BadRequest)]
    [InlineData("?from={a}", HttpStatusCode.BadRequest)]
    [InlineData("", HttpStatusCode.BadRequest)]
    [InlineData("?from=-{a}&to={a}", HttpStatusCode.BadRequest)]
    [InlineData("?from=0&to={a}", HttpStatusCode.BadRequest)]
    [InlineData("?from={a}&to=99999999999999999999999", HttpStatusCode.BadRequest)]
    [InlineData("?from={a}&to=987654", HttpStatusCode.NotFound)]
    public async Task Invalid_revision_ids_answer_with_a_clear_error_page(string query, HttpStatusCode status)
    {
        var response = await Http.GetAsync(new Uri($"/diff/Alpha{query.Replace("{a}", Id(wiki.Alpha[0]), StringComparison.Ordinal)}", UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector(".notice-error a[href='/history/Alpha']"));
        Assert.Null(page.QuerySelector("table.diff"));
    }

    [Fact]
    public async Task A_revision_of_another_page_is_not_found()
    {
        var response = await Http.GetAsync(new Uri($"/diff/Alpha?from={wiki.Alpha[0]}&to={wiki.BetaRevision}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal($"Revisions {wiki.Alpha[0]} and {wiki.BetaRevision} are not both revisions of “Alpha”.", page.QuerySelector(".notice-error p")!.TextContent);
    }

    [Fact]
    public async Task Blame_gives_each_paragraph_the_revision_and_author_that_last_changed_it()
    {
        var page = await OkAsync("/blame/Alpha");
        var rows = page.QuerySelectorAll(".blame-row").Select(r => (
            Text: r.QuerySelector(".blame-text")!.TextContent,
            Revision: r.QuerySelector("a.blame-revision")!.GetAttribute("href"),
            Author: r.QuerySelector(".blame-author")!.TextContent)).ToList();

        Assert.Equal(4, rows.Count);
        Assert.StartsWith("---\naliases: [A1]", rows[0].Text, StringComparison.Ordinal);
        Assert.Equal(($"/revision/{wiki.Alpha[0]}", "content import"), (rows[0].Revision, rows[0].Author));
        Assert.Equal(("Alpha opening paragraph.", $"/revision/{wiki.Alpha[2]}", "bob"), rows[1]);
        Assert.Equal(("Second paragraph about the 1953 treaty.", $"/revision/{wiki.Alpha[1]}", "ann"), rows[2]);
        Assert.Equal(("Third <b>paragraph</b> & more.", $"/revision/{wiki.Alpha[3]}", HistoryWiki.Hostile), rows[3]);
    }

    [Fact]
    public async Task Hostile_authors_summaries_and_text_show_encoded_on_history_diff_and_blame()
    {
        foreach (var url in new[] { "/history/Alpha", $"/diff/Alpha?from={wiki.Alpha[2]}&to={wiki.Alpha[3]}", $"/diff/Alpha?from={wiki.Alpha[2]}&to={wiki.Alpha[3]}&view=side", "/blame/Alpha" })
        {
            var html = await Http.GetStringAsync(new Uri(url, UriKind.Relative));
            Assert.DoesNotContain(HistoryWiki.Hostile, html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>paragraph</b>", html, StringComparison.Ordinal);
            var page = await Html.ParseAsync(html);
            Assert.Empty(page.QuerySelectorAll("main script, main b"));
            if (!url.StartsWith("/blame", StringComparison.Ordinal))
            {
                Assert.Contains(page.QuerySelectorAll(".change-author"), a => a.TextContent == HistoryWiki.Hostile);
                Assert.Contains(page.QuerySelectorAll(".change-summary"), s => s.TextContent == $"({HistoryWiki.HostileSummary})");
            }
        }

        var diff = await OkAsync($"/diff/Alpha?from={wiki.Alpha[2]}&to={wiki.Alpha[3]}");
        Assert.Contains("Third <b>paragraph</b> & more.", diff.QuerySelectorAll(".diff ins").Select(Text));
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Text(IElement element) => element.TextContent.Trim();

    private async Task<IDocument> OkAsync(string url)
    {
        var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 2000)]}");
        return await Html.ParseAsync(html);
    }

    private Task<Dictionary<long, int>> SizesAsync() => wiki.Server.InScopeAsync(s =>
        s.GetRequiredService<WikiDbContext>().Revisions.ToDictionaryAsync(r => r.Id, r => Encoding.UTF8.GetByteCount(r.Text)));
}

/// <summary>The contract on SQLite, the embedded default.</summary>
public sealed class HistoryPagesTests(HistoryWiki wiki) : HistoryPagesTestsContract(wiki), IClassFixture<HistoryWiki>
{
    // SQLite only: the statements are counted by SQLite's own trace hook (CommandCounter).
    [Fact]
    public async Task A_page_of_history_is_one_query_whatever_its_length()
    {
        var pageId = await Fixture.Server.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Revisions.Where(r => r.Id == Fixture.Alpha[0]).Select(r => r.PageId).SingleAsync());
        var counter = new CommandCounter();
        await using var services = counter.Services(Fixture.Server.DatabasePath);
        await using var scope = services.CreateAsyncScope();
        var history = scope.ServiceProvider.GetRequiredService<RevisionHistory>();

        var page = await history.PageAsync(pageId, 0, 100, CancellationToken.None);
        var recent = await history.RecentAsync(new RecentChangesFilter(null, false), 50, CancellationToken.None);

        Assert.Equal(Fixture.Alpha.Count, page.Count);
        Assert.True(recent.Count > Fixture.Alpha.Count);
        Assert.Equal(2, counter.Commands);
    }
}

/// <summary>The same contract on PostgreSQL.</summary>
public sealed class HistoryPagesTestsOnPostgres(HistoryWikiOnPostgres wiki) : HistoryPagesTestsContract(wiki), IClassFixture<HistoryWikiOnPostgres>;
