using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Titles;
using Alliance.Wiki.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Hardening;

/// <summary>
/// A wiki holding every XSS vector in every place a user can put text: article text (one article per family, saved twice),
/// titles, aliases, categories and summaries (front matter), edit summaries and authors (one revision per vector), and
/// attempted account names. Saves go through the bot API, as editors' do; authors go through the article writer, since
/// the account rules keep such names out of accounts.
/// </summary>
public sealed class XssWiki : IAsyncLifetime
{
    /// <summary>The HTML and the browser tests share one seeded wiki.</summary>
    public const string Collection = "XSS corpus";

    public const string Target = "Xss target";
    public const string HistoryPage = "Xss history";
    public const string TitlesCategory = "Xss titles";

    private readonly TempContent _content = new();

    /// <summary>Binds the collection to the wiki, as xunit wants.</summary>
    [CollectionDefinition(Collection)]
    public sealed class Definition : ICollectionFixture<XssWiki>;

    private WikiServer? _server;

    public WikiServer Server => _server ?? throw new InvalidOperationException("The wiki has not started.");

    /// <summary>An editor signed in through the form.</summary>
    public WikiSession Editor { get; private set; } = null!;

    /// <summary>Each family's article, with its first and second revision.</summary>
    public Dictionary<string, (string Title, long First, long Second)> Articles { get; } = [];

    /// <summary>The revision of <see cref="HistoryPage"/> whose author, summary and text are the vector.</summary>
    public Dictionary<string, long> HistoryRevisions { get; } = [];

    /// <summary>Vectors the title rules allow, with the page's title; the rest must have been refused.</summary>
    public Dictionary<string, string> Titles { get; } = [];

    /// <summary>Vectors refused as titles, with the status of the refusal and its message.</summary>
    public Dictionary<string, (HttpStatusCode Status, string Body)> RefusedTitles { get; } = [];

    /// <summary>Vectors the account rules took as user names (expected none), and those refused with the reason.</summary>
    public List<string> AcceptedUserNames { get; } = [];

    public Dictionary<string, string> RefusedUserNames { get; } = [];

    public static string AliasOf(string vector) => vector + " (alias)";

    public async ValueTask InitializeAsync()
    {
        _content.Write("target.md", Target, "The page every hostile title links to.");
        _server = new WikiServer(_content.Folder, new Dictionary<string, string?>
        {
            ["Wiki:RateLimits:SignInPerMinute"] = "100000",
            ["Wiki:RateLimits:SavesPerMinute"] = "100000",
            ["Wiki:RateLimits:SearchesPerMinute"] = "100000",
        });
        Editor = await WikiSession.SignInAsync(Server, WikiRoles.Editor);
        using var bot = Server.NewClient(followRedirects: false);
        bot.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Editor.CreateApiTokenAsync(Server));

        foreach (var (family, vectors) in XssVectors.Families)
        {
            var title = "Xss " + family.ToLowerInvariant();
            var metadata = new ArticleMetadata(null, [.. vectors.Select(AliasOf)], [.. vectors, "Xss articles"], string.Join(" ", vectors));
            var body = $"The {family} vectors, one a paragraph.\n\n" + string.Join("\n\n", vectors) + "\n";
            var first = await PutAsync(bot, title, new ArticleDocument(null, metadata, body).ToText(includeTitle: false), null, family);
            var second = await PutAsync(bot, title, new ArticleDocument(null, metadata, body + "\nChanged once.\n").ToText(includeTitle: false), first, vectors[0]);
            Articles[family] = (title, first!.Value, second!.Value);
        }

        await SaveTitlesAsync(bot);
        await SaveHistoryAsync();
        await TryUserNamesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Editor?.Dispose();
        _server?.Dispose();
        _content.Dispose();
        await ValueTask.CompletedTask;
    }

    /// <summary>Each vector as a page title: allowed ones make a page linking to the target; the others must be refused.</summary>
    private async Task SaveTitlesAsync(HttpClient bot)
    {
        foreach (var vector in XssVectors.All)
        {
            var metadata = new ArticleMetadata(null, [], [TitlesCategory], vector);
            var text = new ArticleDocument(null, metadata, $"Links to [[{Target}]].\n").ToText(includeTitle: false);
            using var response = await bot.PutAsJsonAsync(new Uri(WikiUrls.ApiPage(vector), UriKind.Relative), new { markdown = text, summary = vector });
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Titles[vector] = JsonDocument.Parse(body).RootElement.GetProperty("title").GetString()!;
            }
            else
            {
                RefusedTitles[vector] = (response.StatusCode, body);
            }
        }
    }

    /// <summary>One revision per vector, with the vector as author, edit summary and text.</summary>
    private async Task SaveHistoryAsync()
    {
        await Server.InScopeAsync<object?>(async services =>
        {
            var writer = services.GetRequiredService<ArticleWriter>();
            var index = 0;
            foreach (var vector in XssVectors.All)
            {
                index++;
                var document = new ArticleDocument(null, ArticleMetadata.Empty, $"Revision {index}.\n\n{vector}\n");
                var outcome = await writer.SaveAsync(new SaveCommand(HistoryPage, document, vector, vector, false, RevisionOrigin.Editor), CancellationToken.None);
                HistoryRevisions[vector] = outcome.Revision!.Id;
            }

            return null;
        });
    }

    private async Task TryUserNamesAsync()
    {
        await Server.InScopeAsync<object?>(async services =>
        {
            var users = services.GetRequiredService<UserManager<WikiUser>>();
            foreach (var vector in XssVectors.All)
            {
                var result = await users.CreateAsync(new WikiUser { UserName = vector }, "password-" + Guid.NewGuid().ToString("N"));
                if (result.Succeeded)
                {
                    AcceptedUserNames.Add(vector);
                }
                else
                {
                    RefusedUserNames[vector] = string.Join(" ", result.Errors.Select(e => e.Code));
                }
            }

            return null;
        });
    }

    private static async Task<long?> PutAsync(HttpClient bot, string title, string markdown, long? baseRevision, string summary)
    {
        using var response = await bot.PutAsJsonAsync(new Uri(WikiUrls.ApiPage(title), UriKind.Relative), new { markdown, summary, baseRevision });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Saving '{title}' answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("revision").GetInt64();
    }
}
