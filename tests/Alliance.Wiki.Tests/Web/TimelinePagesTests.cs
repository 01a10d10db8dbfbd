using System.Globalization;
using System.Net;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Chronology;
using Alliance.Wiki.Core.Markup.Facts;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Web;

/// <summary>The chronology over HTTP: /timeline with its filters, On this day on the main page, and events kept in step with saves.</summary>
public sealed class TimelinePagesTests(SharedWiki<TimelinePagesTests> shared) : SharedWikiTests<TimelinePagesTests>(shared), IWikiArticles
{
    private readonly TempWiki _temp = shared.Wiki;

    private WikiServer Wiki => _temp.Server;

    static void IWikiArticles.Write(TempContent content)
    {
        var today = Today();
        File.WriteAllText(Path.Combine(content.Folder, "alpha.md"), $"""
            ---
            title: Alpha
            aliases: []
            categories: [Treaties]
            summary: About Alpha.
            events:
              - date: 1953-10-01
                text: Alpha is signed, as [[Beta]] recalls.
              - date: {today}
                text: Alpha happens on this very day.
              - date: 1988
                text: Alpha is revised.
            ---
            Alpha lead.
            """);
        File.WriteAllText(Path.Combine(content.Folder, "beta.md"), """
            ---
            title: Beta
            aliases: []
            categories: [People]
            summary: About Beta.
            infobox:
              kind: person
              born: 1931-05-02
            ---
            Beta lead.
            """);
    }

    [Fact]
    public async Task The_shipped_timeline_lists_at_least_150_events_each_linking_to_its_article()
    {
        using var wiki = new WikiServer();
        var page = await Html.GetAsync(wiki.Http, "/timeline");
        var items = page.QuerySelectorAll(".timeline-decade li");
        Assert.True(items.Length >= 150, $"only {items.Length} events");
        Assert.All(items, li => Assert.StartsWith("/wiki/", li.QuerySelector(".timeline-source a")!.GetAttribute("href"), StringComparison.Ordinal));
        var dates = items.Select(li => li.QuerySelector("time")!.GetAttribute("datetime")!).ToList();
        Assert.Equal(dates.OrderBy(d => FactDate.TryParse(d, out var date) ? date.SortKey : -1), dates);
    }

    [Fact]
    public async Task Events_are_filtered_by_category_and_by_period()
    {
        Assert.Equal(["1931-05-02", "1953-10-01", "1988", Today()], await DatesAsync("/timeline"));
        Assert.Equal(["1931-05-02"], await DatesAsync("/timeline?category=People"));
        Assert.Equal(["1953-10-01", "1988"], await DatesAsync("/timeline?from=1950&to=1990"));
        Assert.Equal(["1953-10-01"], await DatesAsync("/timeline?category=Treaties&to=1960"));
    }

    [Fact]
    public async Task A_year_that_is_not_a_year_is_named_and_left_out()
    {
        var response = await Wiki.Http.GetAsync(new Uri("/timeline?from=nineteen", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("“nineteen” is not a year", page.QuerySelector("[role='alert']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, page.QuerySelectorAll(".timeline-decade li").Length);

        using var korean = Wiki.NewClient(followRedirects: false);
        var inKorean = await Html.GetAsync(korean, "/timeline?uselang=ko&from=nineteen");
        Assert.Equal("“nineteen”은(는) 연도가 아니어서 “시작 연도” 조건을 뺐습니다. 1953처럼 연도를 쓰세요.", inKorean.QuerySelector("[role='alert']")!.TextContent);
    }

    [Fact]
    public async Task On_this_day_shows_the_events_of_todays_month_and_day()
    {
        var page = await Html.GetAsync(Wiki.Http, "/");
        var box = page.QuerySelector(".on-this-day")!;
        var item = Assert.Single(box.QuerySelectorAll("li"));
        Assert.Contains("Alpha happens on this very day.", item.TextContent, StringComparison.Ordinal);
        Assert.Equal("/wiki/Alpha", item.QuerySelector(".timeline-source a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_main_page_features_an_article_with_its_lead()
    {
        var page = await Html.GetAsync(Wiki.Http, "/");
        var featured = page.QuerySelector(".featured")!;
        Assert.Contains(featured.QuerySelector(".featured-title a")!.TextContent, new[] { "Alpha", "Beta" });
        Assert.Contains("lead.", featured.QuerySelector(".featured-lead")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".recently-updated li"));
        Assert.NotEmpty(page.QuerySelectorAll(".did-you-know li"));
    }

    [Fact]
    public async Task An_admin_sets_the_featured_list_and_a_title_that_names_nothing_is_refused()
    {
        using var admin = await WikiSession.SignInAsync(Wiki, WikiRoles.Admin);
        var (_, form) = await admin.GetAsync("/featured");
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var refused = await admin.PostFormAsync("/featured", new() { ["Titles"] = "Beta\nGamma", ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Html.ParseAsync(await refused.Content.ReadAsStringAsync());
        Assert.Contains("“Gamma”", page.QuerySelector("[role='alert']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Beta\nGamma", page.QuerySelector("textarea")!.TextContent.ReplaceLineEndings("\n").Trim());

        var saved = await admin.PostFormAsync("/featured", new() { ["Titles"] = "Beta", ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var main = await Html.GetAsync(Wiki.Http, "/");
        Assert.Equal("Beta", main.QuerySelector(".featured-title a")!.TextContent);
    }

    [Fact]
    public async Task An_editor_is_not_let_change_the_featured_list()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var (response, _) = await editor.GetAsync("/featured");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_save_rewrites_the_pages_events()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        await editor.SaveAsync("Alpha", t => t.Replace("date: 1988", "date: 1989", StringComparison.Ordinal));
        Assert.Equal(["1953-10-01", "1989", Today()], await DatesAsync("/timeline?category=Treaties"));
    }

    [Fact]
    public async Task The_backfill_reads_pages_the_chronology_has_not_read()
    {
        await Wiki.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Database.ExecuteSqlRawAsync("DELETE FROM events; DELETE FROM event_sources;"));
        Assert.Empty(await DatesAsync("/timeline"));
        var read = await Wiki.InScopeAsync(s => s.GetRequiredService<ChronologyBackfill>().EnsureCompleteAsync(CancellationToken.None));
        Assert.Equal(2, read);
        Assert.Equal(4, (await DatesAsync("/timeline")).Count);
        Assert.Equal(0, await Wiki.InScopeAsync(s => s.GetRequiredService<ChronologyBackfill>().EnsureCompleteAsync(CancellationToken.None)));
    }

    /// <summary>Today's month and day in 2000, a leap year, so the test also runs on 29 February.</summary>
    private static string Today()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return new DateOnly(2000, today.Month, today.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private async Task<List<string>> DatesAsync(string url)
    {
        var page = await Html.GetAsync(Wiki.Http, url);
        return [.. page.QuerySelectorAll(".timeline-decade time").Select(t => t.GetAttribute("datetime")!)];
    }
}
