using System.Text.RegularExpressions;
using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Browser;

/// <summary>What an editor does in Chromium: sign in from an [edit] link, edit one section with previews, save, restore.</summary>
public sealed partial class EditorJourneyTests(WikiServer wiki, ChromiumFixture chromium) : IClassFixture<WikiServer>
{
    private const string Password = "browser-editor-password";

    [Fact]
    public async Task Editor_edits_a_section_with_previews_and_restores_the_old_version()
    {
        var name = "editor" + Guid.NewGuid().ToString("N")[..6];
        await wiki.InScopeAsync(s => s.GetRequiredService<AccountBootstrap>().CreateAsync(name, Password, WikiRoles.Editor));
        await using var browser = await chromium.OpenAsync(wiki.Address);
        var page = browser.Page;
        await page.GotoAsync("/wiki/Korean_War");
        var original = await page.Locator("footer.page-info a[href^='/revision/']").GetAttributeAsync("href");

        // The section's [edit] link leads to sign-in, and back to the section's editor.
        var heading = page.Locator(".article-body h2").Nth(1);
        var headingText = (await heading.EvaluateAsync<string>("h => h.firstChild.textContent")).Trim();
        var editHref = await heading.Locator(".editsection a").GetAttributeAsync("href");
        await heading.Locator(".editsection a").ClickAsync();
        await page.ArriveAtAsync(BrowserSignIn.SignInForm());
        await page.FillAsync("#UserName", name);
        await page.FillAsync("#Password", Password);
        await page.ClickAsync(".form-stack button[type=submit]");
        await page.ArriveAtAsync(editHref!);
        var textarea = page.Locator("textarea[name='Text']");
        Assert.StartsWith("## " + headingText, await textarea.InputValueAsync(), StringComparison.Ordinal);

        // Typing shows a live preview; the preview button renders it on the server.
        await textarea.FocusAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\n\nA sentence added in the browser, linking [[Korean Armistice Agreement|the armistice]].");
        await page.Locator("#live-preview a.wikilink[href='/wiki/Korean_Armistice_Agreement']").WaitForAsync();
        await page.ClickAsync("button:has-text('Show preview')");
        await page.Locator(".preview .article-body:has-text('A sentence added in the browser')").First.WaitForAsync();
        Assert.Contains("A sentence added in the browser", await textarea.InputValueAsync(), StringComparison.Ordinal);

        await page.FillAsync("#Summary", "Add a sentence from the browser");
        await page.ClickAsync("button:has-text('Save changes')");
        await page.ArriveAtAsync("/wiki/Korean_War");
        Assert.Contains("A sentence added in the browser", await page.Locator(".article-body").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains(name, await page.Locator("footer.page-info").TextContentAsync(), StringComparison.Ordinal);

        // The edit stands in the history and in recent changes.
        await page.GotoAsync("/history/Korean_War");
        Assert.Contains("Add a sentence from the browser", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/recent-changes");
        Assert.Contains("Add a sentence from the browser", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);

        // Restore the version from before the edit: the editor opens prefilled, with a summary and a preview, and saves.
        await page.GotoAsync(original!);
        await page.ClickAsync("a:has-text('Restore this version')");
        await page.ArriveAtAsync(RestoreForm());
        Assert.StartsWith("Restore revision ", await page.InputValueAsync("#Summary"), StringComparison.Ordinal);
        Assert.DoesNotContain("A sentence added in the browser", await page.Locator("[aria-label=Preview] .article-body").TextContentAsync(), StringComparison.Ordinal);
        await page.ClickAsync("button:has-text('Save changes')");
        await page.ArriveAtAsync("/wiki/Korean_War");
        Assert.DoesNotContain("A sentence added in the browser", await page.Locator(".article-body").TextContentAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/edit/Korean_War\?restore=\d+")]
    private static partial Regex RestoreForm();
}
