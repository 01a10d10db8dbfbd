using System.Diagnostics;
using System.Text.Json;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Web;

/// <summary>
/// The Nu HTML Checker (npm vnu-jar in tests/accessibility, run with Java) finds no error in the pages the axe run
/// covers, as the server sends them: light and dark, English and Korean. One checker run reads every page, since a
/// Java start costs seconds.
/// </summary>
public sealed class HtmlValidityTests(ReadersWiki wiki) : IClassFixture<ReadersWiki>
{
    private static readonly string VnuPath = Path.Combine(RepositoryPaths.Root, "tests", "accessibility", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    private static readonly string[] Pages =
        ["/", "/wiki/Test_Treaty", "/timeline", "/search?q=treaty&fulltext=1", "/history/Test_Treaty", "/links-here/Test_Country", "/category/Treaties", "/account/sign-in", "/statistics"];

    [Fact]
    public async Task The_pages_axe_checks_have_no_Nu_HTML_Checker_errors()
    {
        var java = FindJava();
        if (java is null || !File.Exists(VnuPath))
        {
            var reason = java is null ? "Java is not installed (apt-get install default-jre-headless)." : $"vnu.jar is not installed at {VnuPath} (cd tests/accessibility && npm ci).";
            Assert.False(!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WIKI_REQUIRE_BROWSER")), reason + " WIKI_REQUIRE_BROWSER is set, so this may not skip.");
            Assert.Skip(reason);
        }

        using var reader = WikiSession.Anonymous(wiki.Server);
        using var editor = await WikiSession.SignInAsync(wiki.Server, WikiRoles.Editor);
        var diff = await EditedDiffAsync(editor);
        var folder = Directory.CreateTempSubdirectory("wiki-vnu-");
        try
        {
            var pages = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var theme in new[] { "light", "dark" })
            {
                await reader.Client.GetAsync(new Uri("/preferences/theme?set=" + theme, UriKind.Relative));
                await editor.Client.GetAsync(new Uri("/preferences/theme?set=" + theme, UriKind.Relative));
                foreach (var language in new[] { "en", "ko" })
                {
                    foreach (var (session, url) in Pages.Select(p => (reader, p)).Append((reader, diff)).Append((editor, "/edit/Test_Treaty")))
                    {
                        var asked = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "uselang=" + language;
                        var (response, _) = await session.GetAsync(asked);
                        Assert.True(response.IsSuccessStatusCode, $"{asked} answered {(int)response.StatusCode}");
                        var name = $"page{pages.Count}.html";
                        await File.WriteAllTextAsync(Path.Combine(folder.FullName, name), await response.Content.ReadAsStringAsync());
                        pages[name] = $"{asked} ({theme})";
                    }
                }
            }

            var errors = await CheckAsync(java!, pages.Keys.Select(name => Path.Combine(folder.FullName, name)));
            var described = errors.Select(e => $"{pages.GetValueOrDefault(Path.GetFileName(e.File), e.File)}: line {e.Line}: {e.Message}").Distinct().ToList();
            Assert.True(described.Count == 0, $"{described.Count} errors:\n" + string.Join('\n', described.Take(40)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Runs the checker once over the files; its JSON report lists each error with the file it is in.</summary>
    private static async Task<List<(string File, int Line, string Message)>> CheckAsync(string java, IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(java) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-jar", VnuPath, "--errors-only", "--format", "json", "--stdout", "--exit-zero-always" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        // A ceiling, not a speed check: the checker reads forty-odd pages in seconds on an idle machine.
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var error = process.StandardError.ReadToEndAsync(deadline.Token);
        await process.WaitForExitAsync(deadline.Token);
        var report = await output;
        Assert.True(report.TrimStart().StartsWith('{'), "The checker wrote no JSON report: " + await error);
        using var json = JsonDocument.Parse(report);
        return [.. json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => (
                m.TryGetProperty("url", out var url) ? url.GetString() ?? string.Empty : string.Empty,
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString() ?? string.Empty))];
    }

    /// <summary>An edit to Test Country through the editor, and the diff of that edit.</summary>
    private static async Task<string> EditedDiffAsync(WikiSession editor)
    {
        await editor.SaveAsync("Test Country", t => t.Replace("is a country.", "is a small country.", StringComparison.Ordinal), summary: "Edit");
        var (_, history) = await editor.GetAsync("/history/Test_Country");
        return history.QuerySelector("a.diff-prev")!.GetAttribute("href")!;
    }

    private static string? FindJava() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "java")).FirstOrDefault(File.Exists);
}
