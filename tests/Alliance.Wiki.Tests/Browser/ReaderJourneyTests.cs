using System.Text.RegularExpressions;
using Alliance.Wiki.Tests.Support;
using Microsoft.Playwright;

namespace Alliance.Wiki.Tests.Browser;

/// <summary>What a reader does in Chromium: main page, cross-links, See also, contents, page previews.</summary>
public sealed partial class ReaderJourneyTests(WikiServer wiki, ChromiumFixture chromium) : IClassFixture<WikiServer>
{
    [Fact]
    public async Task Reader_follows_links_contents_and_see_also_from_the_main_page()
    {
        await using var browser = await chromium.OpenAsync(wiki.Address);
        var page = browser.Page;
        await page.GotoAsync("/");
        await page.Locator(".category-box a", new() { HasText = "US–South Korea alliance" }).First.ClickAsync();
        await page.ArriveAtAsync(AllianceUrl());
        Assert.Equal("US–South Korea alliance", await page.Locator("h1#firstHeading").TextContentAsync());

        // A contents entry scrolls to its section and puts its anchor in the address.
        await page.Locator(".toc a[href='#see-also']").ClickAsync();
        await page.WaitForFunctionAsync("() => location.hash === '#see-also'");
        var top = await page.EvaluateAsync<double>("() => document.getElementById('see-also').getBoundingClientRect().top");
        Assert.InRange(top, -5, 200);

        // A See also link opens its article.
        var seeAlso = page.Locator("h2#see-also + details.section-fold ul a.wikilink").First;
        var target = await seeAlso.GetAttributeAsync("data-title");
        await seeAlso.ClickAsync();
        await page.WaitForFunctionAsync("t => document.querySelector('h1#firstHeading')?.textContent === t", target);

        // A cross-link in the body opens its article.
        await page.GotoAsync("/wiki/US%E2%80%93South_Korea_alliance");
        await page.Locator(".article-body a.wikilink[href='/wiki/Korean_War']").First.ClickAsync();
        await page.ArriveAtAsync("/wiki/Korean_War");
        Assert.Equal("Korean War", await page.Locator("h1#firstHeading").TextContentAsync());
    }

    [Fact]
    public async Task Hovering_or_focusing_a_wiki_link_shows_a_preview_card()
    {
        await using var browser = await chromium.OpenAsync(wiki.Address);
        var page = browser.Page;
        await page.GotoAsync("/wiki/US%E2%80%93South_Korea_alliance");
        var link = page.Locator(".article-body a.wikilink[href='/wiki/Korean_War']").First;
        var card = page.Locator("#preview-card");

        await link.HoverAsync();
        await card.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal("Korean War", await card.Locator(".preview-title").TextContentAsync());
        Assert.False(string.IsNullOrWhiteSpace(await card.Locator("p").TextContentAsync()));
        Assert.Equal("preview-card", await link.GetAttributeAsync("aria-describedby"));

        await page.Mouse.MoveAsync(0, 0);
        await card.WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        // Keyboard: focus shows the card, Escape hides it.
        await page.Locator(".article-body a.wikilink[href='/wiki/Mutual_Defense_Treaty_(1953)']").First.FocusAsync();
        await card.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal("Mutual Defense Treaty (1953)", await card.Locator(".preview-title").TextContentAsync());
        await page.Keyboard.PressAsync("Escape");
        await card.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }

    private static Regex AllianceUrl() => AllianceUrlPattern();

    [GeneratedRegex("/wiki/US%E2%80%93South_Korea_alliance$")]
    private static partial Regex AllianceUrlPattern();
}
