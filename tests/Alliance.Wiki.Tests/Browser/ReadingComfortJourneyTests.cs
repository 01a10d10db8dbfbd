using Alliance.Wiki.Tests.Support;
using Microsoft.Playwright;

namespace Alliance.Wiki.Tests.Browser;

/// <summary>What a reader sees in Chromium: the infobox on a desktop and a phone, contents folded on a phone, charts, dark mode, print, the timeline.</summary>
public sealed class ReadingComfortJourneyTests(ReadersWiki wiki, ChromiumFixture chromium) : IClassFixture<ReadersWiki>
{
    private const string Article = "/wiki/Test_Treaty";

    [Fact]
    public async Task On_a_desktop_the_infobox_sits_beside_the_lead()
    {
        await using var browser = await chromium.OpenAsync(wiki.Server.Address);
        var page = browser.Page;
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(Article);
        var box = (await page.Locator("table.infobox").BoundingBoxAsync())!;
        var lead = (await page.Locator(".article-body > p").First.BoundingBoxAsync())!;
        Assert.True(box.X > lead.X + (lead.Width / 2), $"infobox at x={box.X}, lead from x={lead.X} width {lead.Width}");
        Assert.True(box.Y < lead.Y + lead.Height, "the infobox starts beside the lead, not below it");
        Assert.Equal("시험조약", await page.Locator("table.infobox caption [lang='ko']").TextContentAsync());
    }

    [Fact]
    public async Task On_a_phone_the_infobox_spans_the_page_above_the_lead_and_the_contents_are_folded()
    {
        await using var browser = await chromium.OpenAsync(wiki.Server.Address);
        var page = browser.Page;
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(Article);
        var box = (await page.Locator("table.infobox").BoundingBoxAsync())!;
        var lead = (await page.Locator(".article-body > p").First.BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= lead.Y + 1, $"infobox ends at y={box.Y + box.Height}, lead starts at y={lead.Y}");
        Assert.True(box.Width > 300, $"infobox only {box.Width}px wide");

        var firstEntry = page.Locator(".toc-list a").First;
        Assert.False(await firstEntry.IsVisibleAsync());
        await page.Locator("label.toc-toggle-label").ClickAsync();
        Assert.True(await firstEntry.IsVisibleAsync());
    }

    [Fact]
    public async Task The_contents_box_comes_after_the_lead_and_is_open_on_a_desktop()
    {
        await using var browser = await chromium.OpenAsync(wiki.Server.Address);
        var page = browser.Page;
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(Article);
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('.article-body > p').compareDocumentPosition(document.getElementById('toc')) === Node.DOCUMENT_POSITION_FOLLOWING"));
        Assert.True(await page.Locator(".toc-list a").First.IsVisibleAsync());
        Assert.False(await page.Locator(".toc-toggle").IsVisibleAsync());
    }

    [Fact]
    public async Task On_a_phone_a_section_folds_without_javascript_and_a_link_to_it_still_works()
    {
        await using var browser = await chromium.OpenAsync(wiki.Server.Address, javaScript: false);
        var page = browser.Page;
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(Article);
        var text = page.Locator("p", new() { HasText = "Background text." });
        var toggle = page.Locator("#background + details.section-fold > summary");
        Assert.True(await text.IsVisibleAsync());

        await toggle.ClickAsync();
        Assert.False(await text.IsVisibleAsync());
        Assert.True(await page.Locator("h2#background").IsVisibleAsync());
        Assert.True(await page.Locator("p", new() { HasText = "Provision text." }).IsVisibleAsync());

        await toggle.ClickAsync();
        Assert.True(await text.IsVisibleAsync());
        await page.GotoAsync(Article + "#provisions");
        Assert.True(await page.Locator("h2#provisions").IsVisibleAsync());
    }

    [Fact]
    public async Task On_a_desktop_sections_have_no_fold_toggle()
    {
        await using var browser = await chromium.OpenAsync(wiki.Server.Address);
        var page = browser.Page;
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(Article);
        Assert.Equal(3, await page.Locator("details.section-fold[open]").CountAsync());
        Assert.False(await page.Locator("details.section-fold > summary").First.IsVisibleAsync());
        Assert.True(await page.Locator("p", new() { HasText = "Legacy text." }).IsVisibleAsync());
    }

    [Fact]
    public async Task The_printable_version_shows_the_print_layout_on_screen()
    {
        await using var browser = await chromium.OpenAsync(wiki.Server.Address);
        var page = browser.Page;
        await page.GotoAsync(Article);
        Assert.True(await page.Locator(".site-header").IsVisibleAsync());
        await page.Locator("a.printable-link").ClickAsync();
        await page.ArriveAtAsync(Article + "?printable=yes");
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await page.Locator(".page-tabs").IsVisibleAsync());
        Assert.True(await page.Locator("table.infobox").IsVisibleAsync());
        // The print sheet writes external addresses out after their links; on screen they have no ::after otherwise.
        Assert.NotEqual("none", await page.EvaluateAsync<string>(
            "() => getComputedStyle(document.querySelector('.article-body a[href^=\"http\"]'), '::after').content"));
    }

    [Fact]
    public async Task A_chart_is_an_svg_with_its_title()
    {
        await using var browser = await chromium.OpenAsync(wiki.Server.Address);
        var page = browser.Page;
        await page.GotoAsync(Article);
        var svg = page.Locator("figure.chart svg[role='img']");
        Assert.Equal("Troops under the treaty", await svg.Locator("title").First.TextContentAsync());
        Assert.True((await svg.BoundingBoxAsync())!.Width > 200);
        Assert.Equal(3, await svg.Locator("circle").CountAsync());
    }

    [Fact]
    public async Task Dark_mode_follows_the_system_and_the_switch_overrides_it()
    {
        await using var browser = await chromium.OpenAsync(wiki.Server.Address);
        var page = browser.Page;
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.GotoAsync(Article);
        Assert.Equal("rgb(18, 20, 23)", await BackgroundAsync(page));

        await page.Locator(".theme-switch a", new() { HasText = "Light" }).ClickAsync();
        await page.ArriveAtAsync(Article);
        Assert.Equal("rgb(255, 255, 255)", await BackgroundAsync(page));
        Assert.Equal("light", await page.Locator("html").GetAttributeAsync("data-theme"));

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await page.Locator(".theme-switch a", new() { HasText = "Dark" }).ClickAsync();
        await page.ArriveAtAsync(Article);
        Assert.Equal("rgb(18, 20, 23)", await BackgroundAsync(page));
        // Remembered: the next page is dark too, though the system is light.
        await page.GotoAsync("/timeline");
        Assert.Equal("rgb(18, 20, 23)", await BackgroundAsync(page));
    }

    [Fact]
    public async Task Printing_leaves_out_the_chrome_keeps_the_infobox_and_writes_out_external_links()
    {
        await using var browser = await chromium.OpenAsync(wiki.Server.Address);
        var page = browser.Page;
        await page.GotoAsync(Article);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await page.Locator(".page-tabs").IsVisibleAsync());
        Assert.False(await page.Locator(".editsection").First.IsVisibleAsync());
        Assert.True(await page.Locator("table.infobox").IsVisibleAsync());
        var after = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector(\".article-body a[href^='https://example.org']\"), '::after').content");
        Assert.Contains("https://example.org/archive", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_filters_by_category_and_period_and_links_each_event()
    {
        await using var browser = await chromium.OpenAsync(wiki.Server.Address);
        var page = browser.Page;
        await page.GotoAsync("/timeline");
        Assert.Equal(4, await page.Locator(".timeline-decade li").CountAsync());

        await page.Locator("#timeline-category").SelectOptionAsync("Treaties");
        await page.Locator("#timeline-from").FillAsync("1950");
        await page.Locator("#timeline-to").FillAsync("1995");
        await page.Locator(".timeline-filter button").ClickAsync();
        await page.ArriveAtAsync("/timeline?category=Treaties&from=1950&to=1995");
        Assert.Equal(["1953-10-01", "1991"], await page.Locator(".timeline-decade time").EvaluateAllAsync<string[]>("ts => ts.map(t => t.getAttribute('datetime'))"));

        await page.Locator(".timeline-source a").First.ClickAsync();
        await page.ArriveAtAsync(Article);
    }

    [Fact]
    public async Task The_main_page_shows_on_this_day_and_the_featured_article()
    {
        await using var browser = await chromium.OpenAsync(wiki.Server.Address);
        var page = browser.Page;
        await page.GotoAsync("/");
        Assert.Contains("remembered on this day", await page.Locator(".on-this-day").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".featured .featured-lead").IsVisibleAsync());
    }

    [Fact]
    public async Task The_language_switch_turns_the_interface_Korean_and_back()
    {
        await using var browser = await chromium.OpenAsync(wiki.Server.Address);
        var page = browser.Page;
        await page.GotoAsync(Article);
        await page.Locator(".language-switch a[lang='ko']").ClickAsync();
        await page.ArriveAtAsync(Article);
        Assert.Equal("ko", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("목차", await page.Locator("#toc-heading").TextContentAsync());
        Assert.Equal("Test Treaty", await page.Locator("h1#firstHeading").TextContentAsync());

        await page.Locator(".site-header a.timeline-link").ClickAsync();
        await page.ArriveAtAsync("/timeline");
        Assert.Equal("1953년 10월 1일", await page.Locator(".timeline-decade time").Nth(1).TextContentAsync());

        await page.Locator(".language-switch a[lang='en']").ClickAsync();
        await page.ArriveAtAsync("/timeline");
        Assert.Equal("Timeline", await page.Locator("h1").TextContentAsync());
    }

    [Fact]
    public async Task A_2000_character_query_wraps_instead_of_widening_the_page()
    {
        await using var browser = await chromium.OpenAsync(wiki.Server.Address);
        var page = browser.Page;
        await page.SetViewportSizeAsync(1024, 768);
        await page.GotoAsync("/search?fulltext=1&q=" + new string('x', 2000));
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 1024, $"the page is {width}px wide");
    }

    private static Task<string> BackgroundAsync(IPage page) => page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
