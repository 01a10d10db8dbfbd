using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Editing;

/// <summary>PUT /api/pages/{title} with bearer tokens: saves, conflicts, permissions, and many bots at once.</summary>
public abstract class BotApiTestsContract<TSelf>(SharedWiki<TSelf> shared) : SharedWikiTests<TSelf>(shared), IWikiArticles
    where TSelf : IWikiArticles
{
    private static readonly string Lines = string.Join("\n\n", Enumerable.Range(0, 20).Select(i => $"Line {i}."));
    private readonly TempWiki _temp = shared.Wiki;

    static void IWikiArticles.Write(TempContent content)
    {
        content.Write("many.md", "Many lines", Lines);
        content.Write("alpha.md", "Alpha", "Alpha lead.\n\n## History\n\nHistory line.");
    }

    [Fact]
    public async Task A_bot_saves_with_its_token_and_the_revision_is_listed()
    {
        using var bot = await BotAsync(WikiRoles.Editor);
        var baseId = await LatestIdAsync("Alpha");

        var response = await bot.PutAsJsonAsync("/api/pages/Alpha", new { markdown = "## History\n\nA bot's history.", summary = "bot", baseRevision = baseId, section = 1 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var revision = json.RootElement.GetProperty("revision").GetInt64();
        Assert.Equal("saved", json.RootElement.GetProperty("status").GetString());
        using var list = JsonDocument.Parse(await Wiki.Http.GetStringAsync(new Uri("/api/pages/Alpha/revisions", UriKind.Relative)));
        var first = list.RootElement.GetProperty("revisions")[0];
        Assert.Equal(revision, first.GetProperty("id").GetInt64());
        Assert.Equal(baseId, first.GetProperty("parentId").GetInt64());
        Assert.Contains("A bot's history.", await Wiki.Http.GetStringAsync(new Uri("/wiki/Alpha", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("Alpha lead.", await Wiki.Http.GetStringAsync(new Uri("/wiki/Alpha", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_base_that_touches_the_same_lines_answers_409_with_both_texts()
    {
        using var bot = await BotAsync(WikiRoles.Editor);
        var baseId = await LatestIdAsync("Alpha");
        await bot.PutAsJsonAsync("/api/pages/Alpha", new { markdown = "## History\n\nFirst.", baseRevision = baseId, section = 1 });

        var response = await bot.PutAsJsonAsync("/api/pages/Alpha", new { markdown = "## History\n\nSecond.", baseRevision = baseId, section = 1 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Second.", json.RootElement.GetProperty("yours").GetString(), StringComparison.Ordinal);
        Assert.Contains("First.", json.RootElement.GetProperty("current").GetString(), StringComparison.Ordinal);
        Assert.Equal(await LatestIdAsync("Alpha"), json.RootElement.GetProperty("currentRevision").GetInt64());
    }

    [Fact]
    public async Task Without_a_valid_token_the_answer_is_401()
    {
        using var anonymous = Wiki.NewClient(followRedirects: false);
        var body = new { markdown = "x", baseRevision = await LatestIdAsync("Alpha") };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync("/api/pages/Alpha", body)).StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "aw_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync("/api/pages/Alpha", body)).StatusCode);
    }

    [Fact]
    public async Task A_token_without_the_editor_role_gets_403_and_so_does_an_editor_on_a_protected_page()
    {
        using var reader = await BotAsync(role: null);
        var body = new { markdown = "x", baseRevision = await LatestIdAsync("Alpha") };
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PutAsJsonAsync("/api/pages/Alpha", body)).StatusCode);

        await Wiki.InScopeAsync<object?>(async s =>
        {
            var page = (await s.GetRequiredService<ArticleReader>().FindAsync("Alpha", CancellationToken.None))!.Page;
            await s.GetRequiredService<ArticleWriter>().SetProtectionAsync(page.Id, page.Title, true, CancellationToken.None);
            return null;
        });
        using var editor = await BotAsync(WikiRoles.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutAsJsonAsync("/api/pages/Alpha", body)).StatusCode);
        using var admin = await BotAsync(WikiRoles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/pages/Alpha", body)).StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{}")]
    [InlineData("{\"markdown\": \"x\"}")]
    [InlineData("{\"markdown\": \"x\", \"baseRevision\": 999999}")]
    public async Task Malformed_requests_answer_400(string body)
    {
        using var bot = await BotAsync(WikiRoles.Editor);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await bot.PutAsync(new Uri("/api/pages/Alpha", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Twenty_parallel_saves_each_get_a_revision_or_a_conflict_and_the_history_has_no_gaps_or_forks()
    {
        using var bot = await BotAsync(WikiRoles.Editor);
        var baseId = await LatestIdAsync("Many lines");
        // Half the bots change their own line (these merge); half change line 0 (all but one conflict).
        var saves = Enumerable.Range(0, 20).Select(i =>
        {
            var line = i % 2 == 0 ? i : 0;
            var text = Lines.Replace($"Line {line}.", $"Line {line} changed by bot {i}.", StringComparison.Ordinal);
            return bot.PutAsJsonAsync("/api/pages/Many_lines", new { markdown = text, summary = $"bot {i}", baseRevision = baseId });
        }).ToList();
        var statuses = (await Task.WhenAll(saves)).Select(r => r.StatusCode).ToList();

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.Conflict, $"unexpected {s}"));
        var revisions = await Wiki.InScopeAsync(async s =>
        {
            var page = (await s.GetRequiredService<ArticleReader>().FindAsync("Many lines", CancellationToken.None))!.Page;
            return await s.GetRequiredService<WikiDbContext>().Revisions.AsNoTracking().Where(r => r.PageId == page.Id).OrderBy(r => r.Id).ToListAsync();
        });
        Assert.Equal(1 + statuses.Count(s => s == HttpStatusCode.OK), revisions.Count);
        Assert.Null(revisions[0].ParentId);
        for (var i = 1; i < revisions.Count; i++)
        {
            Assert.Equal(revisions[i - 1].Id, revisions[i].ParentId);
        }

        var latest = revisions[^1].Text;
        foreach (var even in Enumerable.Range(1, 9).Select(i => i * 2))
        {
            Assert.Contains($"Line {even} changed by bot {even}.", latest, StringComparison.Ordinal);
        }

        Assert.True(statuses.Count(s => s == HttpStatusCode.Conflict) >= 9);
    }

    private WikiServer Wiki => _temp.Server;

    private TempContent Content => _temp.Content;

    private async Task<HttpClient> BotAsync(string? role)
    {
        var token = await Wiki.InScopeAsync(async s =>
        {
            var name = "bot" + Guid.NewGuid().ToString("N")[..8];
            WikiUser user;
            if (role is null)
            {
                user = new WikiUser { UserName = name };
                await s.GetRequiredService<UserManager<WikiUser>>().CreateAsync(user, "a-long-password-1");
            }
            else
            {
                user = await s.GetRequiredService<AccountBootstrap>().CreateAsync(name, "a-long-password-1", role);
            }

            return await s.GetRequiredService<ApiTokens>().CreateAsync(user, CancellationToken.None);
        });
        var client = Wiki.NewClient(followRedirects: false);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private Task<long> LatestIdAsync(string title) => Wiki.InScopeAsync(async s =>
        (await s.GetRequiredService<ArticleReader>().FindAsync(title, CancellationToken.None))!.Page.LatestRevisionId!.Value);
}

/// <summary>The contract on SQLite, the embedded default.</summary>
public sealed class BotApiTests(SharedWiki<BotApiTests> shared) : BotApiTestsContract<BotApiTests>(shared);

/// <summary>The same contract on PostgreSQL.</summary>
public sealed class BotApiTestsOnPostgres(SharedWiki<BotApiTestsOnPostgres> shared) : BotApiTestsContract<BotApiTestsOnPostgres>(shared), IOnPostgres;
