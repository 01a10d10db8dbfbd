using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alliance.Wiki.Cli;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Storage.Copying;
using Alliance.Wiki.Tests.Search;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Storage;

/// <summary>
/// copy-database as an operator runs it (a separate process, output redirected): a SQLite wiki with edits, a move, a
/// protected page, accounts and a bot token, copied into PostgreSQL, then served from there by a fresh node.
/// </summary>
public sealed partial class CopyDatabaseTests
{
    private static readonly string[] Titles = ["Alpha", "Beta prime", "Gamma"];

    [Fact]
    public async Task A_copied_wiki_serves_the_same_pages_history_and_search_and_keeps_sign_ins_and_bot_tokens()
    {
        var target = PostgresCluster.CreateDatabase();
        try
        {
            using var wiki = new TempWiki(Write);
            var (token, signIn, before) = await EditAndCaptureAsync(wiki.Server);

            var run = await WikiProcess.RunAsync(wiki.Server.DatabasePath, wiki.Content.Folder, string.Empty, "copy-database", "--to", target);

            Assert.True(run.ExitCode == 0, $"copy-database exited with {run.ExitCode}: {run.Errors}\n{run.Output}");
            Assert.Contains("Verified: every count, the change log's mark and every revision's text match.", run.Output, StringComparison.Ordinal);
            Assert.Contains("revision_renders", run.Output, StringComparison.Ordinal);
            Assert.Contains("copy-database: ", run.Errors, StringComparison.Ordinal);
            using var copy = ServeFromPostgres(target, wiki.Content.Folder);
            foreach (var (query, title) in new[] { ("armistice", "Alpha"), ("ginseng", "Beta prime") })
            {
                Assert.Contains(title, (await SearchPages.WaitUntilFoundAsync(copy.Http, query, title)).Found);
            }

            var after = await CaptureAsync(copy.Http);
            foreach (var (what, expected) in before)
            {
                Assert.Equal(expected, after[what]);
            }

            // The data-protection keys came along: the editor's sign-in cookie from the SQLite wiki opens the edit form here.
            using var signedIn = new HttpRequestMessage(HttpMethod.Get, new Uri("/edit/Alpha", UriKind.Relative));
            signedIn.Headers.Add("Cookie", signIn);
            Assert.Equal(HttpStatusCode.OK, (await copy.Http.SendAsync(signedIn)).StatusCode);
            using var signedOut = await copy.Http.GetAsync(new Uri("/edit/Alpha", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

            using var bot = copy.NewClient(followRedirects: false);
            bot.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var alpha = await LatestRevisionAsync(copy.Http, "Alpha");
            var saved = await bot.PutAsJsonAsync("/api/pages/Alpha", new { markdown = "Alpha after the move to PostgreSQL.", summary = "bot", baseRevision = alpha });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            // A new revision on the copy takes the next id after the copied ones: the sequences were set past them.
            Assert.True(await LatestRevisionAsync(copy.Http, "Alpha") > alpha);
            var gamma = await LatestRevisionAsync(copy.Http, "Gamma");
            var refused = await bot.PutAsJsonAsync("/api/pages/Gamma", new { markdown = "A bot on a protected page.", baseRevision = gamma });
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        finally
        {
            PostgresCluster.DropDatabase(target);
        }
    }

    [Fact]
    public async Task A_target_that_holds_a_wiki_is_refused_with_exit_code_2_and_left_untouched()
    {
        var target = PostgresCluster.CreateDatabase();
        try
        {
            using var content = new TempContent();
            var source = await CopySources.SeedAsync(content.Folder);
            await DatabaseCopier.CopyAsync(WikiStore.Sqlite(source), WikiStore.PostgreSql(target), null, CancellationToken.None);
            var before = await CopyVerifier.VerifyAsync(WikiStore.Sqlite(source), WikiStore.PostgreSql(target), CancellationToken.None);
            var identity = await CopySources.IdentityAsync(WikiStore.PostgreSql(target));

            var run = await WikiProcess.RunAsync(source, content.Folder, string.Empty, "copy-database", "--to", target);

            Assert.Equal(OperatorVerbs.UsageError, run.ExitCode);
            Assert.Contains("already holds a wiki: 1 pages, 0 accounts", run.Errors, StringComparison.Ordinal);
            Assert.Contains("nothing was changed", run.Errors, StringComparison.Ordinal);
            var after = await CopyVerifier.VerifyAsync(WikiStore.Sqlite(source), WikiStore.PostgreSql(target), CancellationToken.None);
            Assert.Equal(before.Tables, after.Tables);
            Assert.Equal(before.TargetRevisionChecksum, after.TargetRevisionChecksum);
            Assert.Equal(identity, await CopySources.IdentityAsync(WikiStore.PostgreSql(target)));
        }
        finally
        {
            PostgresCluster.DropDatabase(target);
        }
    }

    [Fact]
    public async Task A_target_connection_string_without_a_database_is_an_error_with_exit_code_2()
    {
        using var content = new TempContent();
        var source = await CopySources.SeedAsync(content.Folder);

        var run = await WikiProcess.RunAsync(source, content.Folder, string.Empty, "copy-database", "--to", "Host=127.0.0.1;Username=postgres");

        Assert.Equal(OperatorVerbs.UsageError, run.ExitCode);
        Assert.Contains("--to needs a Host and a Database", run.Errors, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    private static void Write(TempContent content)
    {
        content.Write("alpha.md", "Alpha", "Alpha lead about the armistice.\n\nSee [[Beta]] and [[Nowhere]].");
        content.Write("beta.md", "Beta", "Beta text about ginseng links to [[Alpha]].", categories: "Testing, Trade");
        content.Write("gamma.md", "Gamma", "Gamma text, soon protected.");
    }

    /// <summary>Several revisions, a move and a protected page, by an editor and an admin; a bot token; then what a reader sees.</summary>
    private static async Task<(string Token, string SignIn, Dictionary<string, string> Seen)> EditAndCaptureAsync(WikiServer server)
    {
        using var admin = await WikiSession.SignInAsync(server, WikiRoles.Admin);
        using var editor = await WikiSession.SignInAsync(server, WikiRoles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SaveAsync("Alpha", t => t + "\n\nA second paragraph.", summary: "Second")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SaveAsync("Alpha", t => t.Replace("second", "third", StringComparison.Ordinal), summary: "Third")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync("/manage/Beta", new() { ["NewTitle"] = "Beta prime", ["Reason"] = "Clearer" }, "/manage/Beta?handler=Move")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/manage/Gamma", new() { ["protect"] = "true" }, "/manage/Gamma?handler=Protect")).StatusCode);
        var token = await editor.CreateApiTokenAsync(server);
        var seen = await CaptureAsync(server.Http);
        // What the copy must reproduce, so that equal captures cannot both be empty.
        Assert.Contains("A third paragraph.", seen["article Alpha"], StringComparison.Ordinal);
        Assert.Contains("Third", seen["history Alpha"], StringComparison.Ordinal);
        Assert.Contains(editor.Name, seen["revisions Alpha"], StringComparison.Ordinal);
        Assert.Contains("Moved from Beta to Beta prime", seen["revisions Beta prime"], StringComparison.Ordinal);
        Assert.StartsWith("302 /wiki/Beta_prime", seen["redirect Beta"], StringComparison.Ordinal);
        Assert.Equal("Alpha", seen["search armistice"]);
        return (token, editor.Cookies.GetCookieHeader(server.Address), seen);
    }

    /// <summary>What a signed-out reader gets: each article's body, its history, its revisions as JSON, the old title's redirect, search results.</summary>
    private static async Task<Dictionary<string, string>> CaptureAsync(HttpClient http)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var title in Titles)
        {
            var path = Core.Titles.WikiUrls.PathSegment(title);
            seen["article " + title] = (await Html.GetAsync(http, "/wiki/" + path)).QuerySelector(".article-body")?.InnerHtml ?? "(no article body)";
            seen["history " + title] = (await Html.GetAsync(http, "/history/" + path)).QuerySelector(".history-list")?.InnerHtml ?? "(no history)";
            seen["revisions " + title] = ToMicroseconds(await http.GetStringAsync(new Uri($"/api/pages/{path}/revisions", UriKind.Relative)));
        }

        using var moved = await http.GetAsync(new Uri("/wiki/Beta", UriKind.Relative));
        seen["redirect Beta"] = $"{(int)moved.StatusCode} {moved.Headers.Location}";
        foreach (var query in new[] { "armistice", "ginseng", "protected" })
        {
            seen["search " + query] = string.Join(" | ", await SearchPages.FoundAsync(http, query));
        }

        return seen;
    }

    /// <summary>
    /// Times as PostgreSQL keeps them: to the microsecond (SQLite's text kept .NET's 100 ns ticks), so a copied time is
    /// the same time cut to its microsecond, and JSON writes it without trailing zeros.
    /// </summary>
    private static string ToMicroseconds(string json) => FractionOfASecond().Replace(json, m =>
    {
        var digits = m.Groups[1].Value[..Math.Min(6, m.Groups[1].Value.Length)].TrimEnd('0');
        return (digits.Length == 0 ? string.Empty : "." + digits) + "Z\"";
    });

    [GeneratedRegex("""\.(\d+)Z"(?=[,}])""")]
    private static partial Regex FractionOfASecond();

    /// <summary>A new node on the copied database: a fresh search index folder, nothing imported.</summary>
    private static WikiServer ServeFromPostgres(string target, string contentFolder) => new(contentFolder, new Dictionary<string, string?>
    {
        ["Wiki:Database:Provider"] = nameof(DatabaseProvider.PostgreSql),
        ["ConnectionStrings:Wiki"] = target,
        ["Wiki:ImportOnStart"] = "false",
        ["Wiki:SearchIndexPath"] = Path.Combine(Path.GetTempPath(), "alliance-wiki-tests", Guid.NewGuid().ToString("N"), "search"),
    });

    private static async Task<long> LatestRevisionAsync(HttpClient http, string title)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/pages/{Core.Titles.WikiUrls.PathSegment(title)}/revisions", UriKind.Relative)));
        return json.RootElement.GetProperty("revisions")[0].GetProperty("id").GetInt64();
    }
}
