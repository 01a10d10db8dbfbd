using Alliance.Wiki.Tests.Support;
using Microsoft.Playwright;

namespace Alliance.Wiki.Tests.Browser;

/// <summary>
/// axe-core (npm, in tests/accessibility: run <c>npm ci</c> there) finds no violation on the reading pages, in light
/// and dark mode and in both interface languages. Injecting it needs the CSP bypassed; the pages themselves are not changed.
/// </summary>
public sealed class AccessibilityTests(ReadersWiki wiki, ChromiumFixture chromium) : IClassFixture<ReadersWiki>, IClassFixture<ChromiumFixture>
{
    private static readonly string AxePath = Path.Combine(RepositoryPaths.Root, "tests", "accessibility", "node_modules", "axe-core", "axe.min.js");

    public static TheoryData<string, bool, string> Pages()
    {
        var data = new TheoryData<string, bool, string>();
        string[] pages = ["/", "/wiki/Test_Treaty", "/timeline", "/search?q=treaty&fulltext=1", "/history/Test_Treaty", "/links-here/Test_Country", "/category/Treaties", "/account/sign-in", "/statistics"];
        foreach (var page in pages)
        {
            foreach (var dark in new[] { false, true })
            {
                foreach (var language in new[] { "en", "ko" })
                {
                    data.Add(page, dark, language);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_has_no_axe_violations(string url, bool dark, string language)
    {
        if (!File.Exists(AxePath))
        {
            var reason = $"axe-core is not installed at {AxePath} (cd tests/accessibility && npm ci).";
            Assert.False(!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WIKI_REQUIRE_BROWSER")), reason + " WIKI_REQUIRE_BROWSER is set, so this may not skip.");
            Assert.Skip(reason);
        }

        var page = await chromium.NewPageAsync(wiki.Server.Address, bypassCsp: true);
        await page.EmulateMediaAsync(new() { ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light });
        await page.GotoAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "uselang=" + language);
        await page.AddScriptTagAsync(new() { Path = AxePath });
        var violations = await page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document)).violations.map(v =>
                `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
            """);
        Assert.True(violations.Length == 0, $"{url} ({(dark ? "dark" : "light")}, {language}):\n" + string.Join('\n', violations));
    }
}
