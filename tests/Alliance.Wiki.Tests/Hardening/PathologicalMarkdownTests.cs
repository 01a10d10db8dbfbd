using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Hardening;

/// <summary>
/// Every shape of <see cref="PathologicalMarkdown"/> on every way an editor sends Markdown: the live preview answers a
/// page with the reason instead of a 500, the preview button keeps the editor's text under the same reason, a save
/// is refused with a 400 that says why and keeps the text, and the bot API refuses it with problem details. Times are measured by benchmarks/load/pathological.sh.
/// </summary>
public sealed class PathologicalMarkdownTests : IClassFixture<PathologicalMarkdownTests.Wiki>
{
    private readonly Wiki _wiki;

    public PathologicalMarkdownTests(Wiki wiki)
    {
        _wiki = wiki;
    }

    [Theory]
    [MemberData(nameof(PathologicalMarkdown.Names), MemberType = typeof(PathologicalMarkdown))]
    public async Task The_live_preview_answers_with_the_reason_instead_of_a_500(string name)
    {
        using var editor = await WikiSession.SignInAsync(_wiki.Server, WikiRoles.Editor);
        var form = await editor.OpenEditAsync("Budget page");
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["text"] = PathologicalMarkdown.Cases[name],
            ["section"] = string.Empty,
            ["__RequestVerificationToken"] = form.Token,
        });

        var response = await editor.Client.PostAsync(new Uri("/api/render", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("not rendered", page.QuerySelector(".render-refused")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PathologicalMarkdown.Names), MemberType = typeof(PathologicalMarkdown))]
    public async Task The_preview_button_keeps_the_editors_text_under_the_reason(string name)
    {
        using var editor = await WikiSession.SignInAsync(_wiki.Server, WikiRoles.Editor);
        var text = PathologicalMarkdown.Cases[name];

        var response = await editor.SaveAsync("Budget page", _ => text, summary: "preview", handler: "Preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector(".preview .render-refused"));
        Assert.Equal(Lines(text), Lines(page.QuerySelector("textarea[name='Text']")?.TextContent ?? string.Empty));
    }

    [Theory]
    [MemberData(nameof(PathologicalMarkdown.Names), MemberType = typeof(PathologicalMarkdown))]
    public async Task A_save_is_refused_with_a_400_that_says_why_and_keeps_the_text(string name)
    {
        using var editor = await WikiSession.SignInAsync(_wiki.Server, WikiRoles.Editor);
        var text = PathologicalMarkdown.Cases[name];
        var before = await RevisionCountAsync();

        var response = await editor.SaveAsync("Budget page", _ => text, summary: "hostile");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        var reason = RenderBudget.Problem(text);
        Assert.NotNull(reason);
        Assert.Contains(reason, page.QuerySelector("[role='alert']")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(Lines(text), Lines(page.QuerySelector("textarea[name='Text']")?.TextContent ?? string.Empty));
        Assert.Equal(before, await RevisionCountAsync());
    }

    [Theory]
    [MemberData(nameof(PathologicalMarkdown.Names), MemberType = typeof(PathologicalMarkdown))]
    public async Task The_bot_api_refuses_the_text_with_problem_details_that_say_why(string name)
    {
        using var editor = await WikiSession.SignInAsync(_wiki.Server, WikiRoles.Editor);
        using var bot = _wiki.Server.NewClient(followRedirects: false);
        bot.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await editor.CreateApiTokenAsync(_wiki.Server));
        var latest = await bot.GetFromJsonAsync<JsonElement>(new Uri("/api/pages/Budget_page", UriKind.Relative));
        var text = PathologicalMarkdown.Cases[name];

        var response = await bot.PutAsJsonAsync(new Uri("/api/pages/Budget_page", UriKind.Relative),
            new { markdown = text, summary = "hostile", baseRevision = latest.GetProperty("revision").GetInt64() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(RenderBudget.Problem(text), problem.RootElement.GetProperty("detail").GetString());
    }

    /// <summary>The text as a form round trip gives it back: a textarea's lines end in \n.</summary>
    private static string Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd();

    private Task<int> RevisionCountAsync() => _wiki.Server.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Revisions.CountAsync());

    /// <summary>One wiki for the whole suite, with one page to edit and the limits on sign-ins and saves raised.</summary>
    public sealed class Wiki : IDisposable
    {
        private readonly TempContent _content = new();

        public Wiki()
        {
            _content.Write("budget.md", "Budget page", "A page to edit.");
            Server = new WikiServer(_content.Folder, new Dictionary<string, string?>
            {
                ["Wiki:RateLimits:SignInPerMinute"] = "100000",
                ["Wiki:RateLimits:SavesPerMinute"] = "100000",
            });
        }

        public WikiServer Server { get; }

        public void Dispose()
        {
            Server.Dispose();
            _content.Dispose();
        }
    }
}
