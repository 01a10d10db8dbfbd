using System.Text.RegularExpressions;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Browser;

/// <summary>What a reader does with the history in Chromium: pick two revisions, compare them, switch views.</summary>
public sealed partial class HistoryJourneyTests(HistoryWiki wiki, ChromiumFixture chromium) : IClassFixture<HistoryWiki>
{
    [Fact]
    public async Task Reader_compares_two_revisions_chosen_with_the_radio_buttons()
    {
        await using var browser = await chromium.OpenAsync(wiki.Server.Address);
        var page = browser.Page;
        await page.GotoAsync("/wiki/Alpha");
        await page.Locator(".page-tabs a", new() { HasText = "History" }).ClickAsync();
        await page.ArriveAtAsync("/history/Alpha");

        // The oldest and the third revision: the first edit's "1953" and the second's "opening" both show.
        await page.Locator($"input[name=from][value='{wiki.Alpha[0]}']").CheckAsync();
        await page.Locator($"input[name=to][value='{wiki.Alpha[2]}']").CheckAsync();
        await page.Locator("form.history-form button").First.ClickAsync();
        await page.ArriveAtAsync(DiffUrl());
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        Assert.Equal((Id(wiki.Alpha[0]), Id(wiki.Alpha[2])), (query["from"], query["to"]));

        var inserted = page.Locator("table.diff-inline ins");
        Assert.Equal(["opening", "1953"], (await inserted.AllTextContentsAsync()).Select(t => t.Trim()));
        Assert.Equal(["lead"], await page.Locator("table.diff-inline del").AllTextContentsAsync());
        var background = await inserted.First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);

        await page.Locator(".diff-views a", new() { HasText = "side by side" }).ClickAsync();
        await page.ArriveAtAsync(SideBySideUrl());
        Assert.Equal(["lead"], await page.Locator("table.diff-side td.diff-deleted del").AllTextContentsAsync());
        Assert.Equal(2, await page.Locator("table.diff-side td.diff-inserted ins").CountAsync());

        // On a narrow screen the two sides stack: the new line sits below the old one, not beside it.
        await page.SetViewportSizeAsync(360, 800);
        var oldBox = await page.Locator("table.diff-side tr.diff-row-changed td.diff-deleted").First.BoundingBoxAsync();
        var newBox = await page.Locator("table.diff-side tr.diff-row-changed td.diff-inserted").First.BoundingBoxAsync();
        Assert.True(newBox!.Y >= oldBox!.Y + oldBox.Height - 1, $"old at {oldBox.Y}+{oldBox.Height}, new at {newBox.Y}");
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Regex DiffUrl() => DiffUrlPattern();

    // The form sends the radio buttons in page order, so "to" (on the newer row) may come first.
    [GeneratedRegex("/diff/Alpha\\?(from|to)=\\d+&(from|to)=\\d+$")]
    private static partial Regex DiffUrlPattern();

    [GeneratedRegex("/diff/Alpha\\?.*&view=side$")]
    private static partial Regex SideBySideUrl();
}
