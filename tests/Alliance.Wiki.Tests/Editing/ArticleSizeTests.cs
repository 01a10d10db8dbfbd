using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Editing;

/// <summary>
/// An article holds at most 2 MB, by every way in: the edit form, a section edit, the bot API and an import. A text
/// over the limit gets a clear refusal that keeps the editor's text; a body too large to read gets a 413 page; and a
/// text just under the limit saves whatever its script, however a form encodes it.
/// </summary>
public abstract class ArticleSizeTestsContract<TSelf>(SharedWiki<TSelf> shared) : SharedWikiTests<TSelf>(shared), IWikiArticles
    where TSelf : IWikiArticles
{
    private readonly TempWiki _temp = shared.Wiki;

    static void IWikiArticles.Write(TempContent content)
    {
        content.Write("alpha.md", "Alpha", "Alpha lead.\n\n## History\n\nHistory line.");
    }

    private WikiServer Wiki => _temp.Server;

    [Fact]
    public async Task An_article_over_2_MB_is_refused_with_the_editors_text_kept()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var form = await editor.OpenEditAsync("Alpha");
        var text = form.Text + "\n\n" + new string('x', ArticleSize.MaxBytes);
        var before = await RevisionCountAsync();

        var response = await editor.SubmitAsync(form, text, "far too long");

        await AssertRefusedWithTextKeptAsync(response, text, before);
    }

    [Fact]
    public async Task A_section_edit_that_makes_the_whole_article_too_large_is_refused_with_its_text_kept()
    {
        var text = "## History\n\n" + new string('y', (ArticleSize.MaxBytes / 3) + 10) + new string('z', (ArticleSize.MaxBytes * 2 / 3) - 10);
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var before = await RevisionCountAsync();

        var response = await editor.SaveAsync("Alpha", _ => text, section: 1);

        await AssertRefusedWithTextKeptAsync(response, text, before);
    }

    [Fact]
    public async Task Hangul_just_under_2_MB_saves_through_the_form_though_its_encoding_is_three_times_larger()
    {
        // 3 bytes of UTF-8 a syllable, 9 bytes form-encoded: over 4 MB on the wire, ASP.NET Core's default form limit.
        var body = string.Concat(Enumerable.Repeat("한미상호방위조약 ", (ArticleSize.MaxBytes - 4096) / 25));
        Assert.Null(ArticleSize.Problem(body));
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var form = await editor.OpenEditAsync("Alpha", section: 0);

        var response = await editor.SubmitAsync(form, body, "long Hangul");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await Wiki.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Revisions
            .OrderByDescending(r => r.Id).Select(r => r.Text).FirstAsync());
        Assert.Contains(body.TrimEnd(), saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bot_api_refuses_an_article_over_2_MB_with_problem_details()
    {
        using var bot = await BotAsync();
        var baseId = await Wiki.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Pages.Where(p => p.Title == "Alpha").Select(p => p.LatestRevisionId).SingleAsync());

        var response = await bot.PutAsJsonAsync("/api/pages/Alpha", new { markdown = new string('b', ArticleSize.MaxBytes + 1), summary = "too long", baseRevision = baseId });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("2 MB", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/account/sign-in", "application/x-www-form-urlencoded", "text/html")]
    [InlineData("PUT", "/api/pages/Alpha", "application/json", "application/problem+json")]
    public async Task A_body_larger_than_any_article_could_need_answers_413(string method, string url, string contentType, string answerType)
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var token = await editor.CreateApiTokenAsync(Wiki);

        // The body claims more than the limit and sends a little of it: the server answers before reading the rest.
        var answer = await RawHttp.SendAsync(Wiki.Address, method, url, contentType, Encoding.ASCII.GetBytes(new string('a', 65536)),
            declaredLength: Alliance.Wiki.Protection.RequestLimits.MaxRequestBodyBytes + 1, "Authorization: Bearer " + token);

        Assert.Equal(413, answer.Status);
        Assert.StartsWith(answerType, answer.Header("Content-Type"), StringComparison.Ordinal);
        Assert.True(answer.Body.Contains("larger than this wiki accepts", StringComparison.Ordinal), answer.Body);
    }

    [Fact]
    public async Task An_import_skips_a_file_over_2_MB_and_says_so()
    {
        _temp.Content.Write("huge.md", "Huge", new string('h', ArticleSize.MaxBytes + 1));

        var report = await _temp.ImportAsync();

        Assert.Contains("huge.md", report.Failed);
        Assert.Equal(HttpStatusCode.NotFound, (await Wiki.Http.GetAsync(new Uri("/wiki/Huge", UriKind.Relative))).StatusCode);
    }

    /// <summary>A 400 that says why, gives the editor's text back in the form, and saved nothing.</summary>
    private async Task AssertRefusedWithTextKeptAsync(HttpResponseMessage response, string text, int revisionsBefore)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("2 MB", page.QuerySelector("[role='alert']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Lines(text), Lines(page.QuerySelector("textarea[name='Text']")?.TextContent ?? string.Empty));
        Assert.Equal(revisionsBefore, await RevisionCountAsync());
    }

    /// <summary>The text as a form round trip gives it back: a textarea's lines end in \n.</summary>
    private static string Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd();

    private async Task<HttpClient> BotAsync()
    {
        using var editor = await WikiSession.SignInAsync(Wiki, WikiRoles.Editor);
        var client = Wiki.NewClient(followRedirects: false);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await editor.CreateApiTokenAsync(Wiki));
        return client;
    }

    private Task<int> RevisionCountAsync() => Wiki.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Revisions.CountAsync());
}

/// <summary>The contract on SQLite, the embedded default.</summary>
public sealed class ArticleSizeTests(SharedWiki<ArticleSizeTests> shared) : ArticleSizeTestsContract<ArticleSizeTests>(shared);

/// <summary>The same contract on PostgreSQL.</summary>
public sealed class ArticleSizeTestsOnPostgres(SharedWiki<ArticleSizeTestsOnPostgres> shared) : ArticleSizeTestsContract<ArticleSizeTestsOnPostgres>(shared), IOnPostgres;
