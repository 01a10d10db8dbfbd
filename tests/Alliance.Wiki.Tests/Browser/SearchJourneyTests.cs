using System.Text.RegularExpressions;
using Alliance.Wiki.Tests.Support;
using Microsoft.Playwright;

namespace Alliance.Wiki.Tests.Browser;

/// <summary>What a reader does with search in Chromium: suggestions chosen with the keyboard, and highlighted results.</summary>
[Collection(CorpusWikiDefinition.Name)]
public sealed partial class SearchJourneyTests(CorpusWiki corpus, ChromiumFixture chromium)
{
    [Fact]
    public async Task Reader_types_picks_a_suggestion_with_the_keyboard_and_lands_on_the_article()
    {
        await using var browser = await chromium.OpenAsync(corpus.Server.Address);
        var page = browser.Page;
        await page.GotoAsync("/");
        var box = page.Locator("#search-input");
        Assert.Equal("combobox", await box.GetAttributeAsync("role"));
        var list = page.Locator("#" + await box.GetAttributeAsync("aria-controls"));

        await box.PressSequentiallyAsync("korean ar");
        await list.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        var titles = (await list.Locator("[role=option] .suggestion-title").AllTextContentsAsync()).ToList();
        Assert.Contains("Korean Armistice Agreement", titles);
        Assert.Contains("suggestion", await page.Locator("form.search-form [role=status]").TextContentAsync(), StringComparison.Ordinal);

        // Down from the box reaches the wanted option; the box names it as the active descendant.
        for (var i = 0; i <= titles.IndexOf("Korean Armistice Agreement"); i++)
        {
            await box.PressAsync("ArrowDown");
        }

        var chosen = list.Locator("[aria-selected=true]");
        Assert.Equal("Korean Armistice Agreement", await chosen.Locator(".suggestion-title").TextContentAsync());
        Assert.Equal(await chosen.GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));

        await box.PressAsync("Enter");
        await page.ArriveAtAsync("/wiki/Korean_Armistice_Agreement");
        Assert.Equal("Korean Armistice Agreement", await page.Locator("h1#firstHeading").TextContentAsync());
    }

    [Fact]
    public async Task Escape_closes_the_suggestions_and_Enter_then_searches()
    {
        await using var browser = await chromium.OpenAsync(corpus.Server.Address);
        var page = browser.Page;
        await page.GotoAsync("/");
        var box = page.Locator("#search-input");
        var list = page.Locator("#" + await box.GetAttributeAsync("aria-controls"));
        await box.PressSequentiallyAsync("주한");
        await list.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal("United States Forces Korea", await list.Locator(".suggestion-title").First.TextContentAsync());

        await box.PressAsync("Escape");
        await list.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
        Assert.Equal("주한", await box.InputValueAsync());

        await box.FillAsync("\"missile defense\"");
        await box.PressAsync("Enter");
        await page.ArriveAtAsync(SearchResults());
        var mark = page.Locator(".search-snippet mark").First;
        await mark.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.StartsWith("missile", (await mark.TextContentAsync())!.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Equal("Terminal High Altitude Area Defense", await page.Locator(".search-result-title").First.TextContentAsync());
        var highlight = await mark.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", highlight);
    }

    [GeneratedRegex(@"/search\?q=[^&]+")]
    private static partial Regex SearchResults();
}
