using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Alliance.Wiki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Alliance.Wiki.Tests.Browser;

/// <summary>
/// axe-core (npm, in tests/accessibility: run <c>npm ci</c> there) finds no violation on the reading pages and the editor, in light
/// and dark mode and in both interface languages. Injecting it needs the CSP bypassed; the pages themselves are not changed.
/// </summary>
public sealed class AccessibilityTests(ReadersWiki wiki, ChromiumFixture chromium) : IClassFixture<ReadersWiki>
{
    /// <summary>Stands for the diff of an edit the test makes first: the shipped pages have one revision each.</summary>
    private const string DiffPage = "diff";

    /// <summary>The editor of Test Treaty, opened by an editor who signs in first.</summary>
    private const string EditPage = "/edit/Test_Treaty";

    private static readonly string AxePath = Path.Combine(RepositoryPaths.Root, "tests", "accessibility", "node_modules", "axe-core", "axe.min.js");

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        string[] pages = ["/", "/wiki/Test_Treaty", "/timeline", "/search?q=treaty&fulltext=1", "/history/Test_Treaty", DiffPage, "/links-here/Test_Country", "/category/Treaties", "/account/sign-in", "/statistics", EditPage];
        foreach (var page in pages)
        {
            foreach (var language in new[] { "en", "ko" })
            {
                data.Add(page, language);
            }
        }

        return data;
    }

    /// <summary>
    /// Each page is loaded and axe injected once, then checked in light and in dark mode: the dark colours are a
    /// stylesheet for <c>prefers-color-scheme: dark</c>, which applies to the loaded page as soon as the scheme changes.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_has_no_axe_violations_in_light_or_dark_mode(string url, string language)
    {
        if (!File.Exists(AxePath))
        {
            var reason = $"axe-core is not installed at {AxePath} (cd tests/accessibility && npm ci).";
            Assert.False(!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WIKI_REQUIRE_BROWSER")), reason + " WIKI_REQUIRE_BROWSER is set, so this may not skip.");
            Assert.Skip(reason);
        }

        await using var browser = await chromium.OpenAsync(wiki.Server.Address, bypassCsp: true);
        var page = browser.Page;
        if (url == DiffPage)
        {
            url = await EditedDiffAsync();
        }

        if (url == EditPage)
        {
            await page.SignInAsEditorAsync(wiki.Server);
        }

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        var response = await page.GotoAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "uselang=" + language);
        Assert.Equal(200, response!.Status);
        await page.AddScriptTagAsync(new() { Path = AxePath });
        var light = await ViolationsAsync(page);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(prefers-color-scheme: dark)').matches"), "the page did not switch to dark mode");
        var dark = await ViolationsAsync(page);
        Assert.True(light.Length + dark.Length == 0, $"{url} ({language}):\nlight: {string.Join('\n', light)}\ndark: {string.Join('\n', dark)}");
    }

    /// <summary>Only violations are collected (passes and inapplicable rules are not listed node by node), which is all the test reads.</summary>
    private static Task<string[]> ViolationsAsync(IPage page) => page.EvaluateAsync<string[]>("""
        async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v =>
            `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
        """);

    /// <summary>The diff of an edit to Test Country (made once; later calls find it).</summary>
    private Task<string> EditedDiffAsync() => wiki.Server.InScopeAsync(async s =>
    {
        var reader = s.GetRequiredService<ArticleReader>();
        var page = (await reader.FindAsync("Test Country", CancellationToken.None))!.Page;
        var revisions = await reader.RevisionsAsync(page.Id, 2, CancellationToken.None);
        if (revisions.Count < 2)
        {
            var text = (await reader.RevisionAsync(page.LatestRevisionId!.Value, CancellationToken.None))!.Value.Revision.Text;
            await s.GetRequiredService<ArticleWriter>().SaveAsync(
                new SaveCommand("Test Country", ArticleDocument.Parse(text.Replace("is a country.", "is a small country.", StringComparison.Ordinal)), "accessibility", "Edit", false, RevisionOrigin.Editor),
                CancellationToken.None);
            revisions = await reader.RevisionsAsync(page.Id, 2, CancellationToken.None);
        }

        return WikiUrls.Diff("Test Country", revisions[1].Id, revisions[0].Id);
    });
}
