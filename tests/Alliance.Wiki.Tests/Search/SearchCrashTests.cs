using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Search;

/// <summary>Kill -9 in the middle of a burst of saves: after the restart, search finds every save that was answered 200.</summary>
[Trait("Category", "Slow")]
public sealed class SearchCrashTests
{
    [Fact]
    public async Task Every_save_answered_200_is_found_by_search_after_a_SIGKILL()
    {
        using var content = new TempContent();
        content.Write("seed.md", "Seed", "Seed text.");
        var database = Path.Combine(content.Folder, "crash.db");
        var token = await BotAccount.CreateAsync(database, content.Folder, "crashbot");

        var answered = new ConcurrentDictionary<string, string>();
        using (var wiki = await WikiProcess.StartAsync(database, content.Folder))
        {
            using var client = new HttpClient { BaseAddress = wiki.Address, Timeout = TimeSpan.FromSeconds(10) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    // Each save carries a word no other save has, on a page of its own or over an earlier one.
                    var word = $"crashword{w}x{i}";
                    var title = $"Crash probe {w} {i % 5}";
                    try
                    {
                        var response = await client.PutAsJsonAsync($"/api/pages/{Uri.EscapeDataString(title.Replace(' ', '_'))}", new { markdown = $"The probe holds {word}.", summary = "probe" });
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            answered[title] = word;
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        return; // The server is gone: the crash has happened.
                    }
                }
            })).ToList();

            while (answered.Count < 20)
            {
                await Task.Delay(20);
            }

            await Task.Delay(300);
            wiki.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        using var restarted = await WikiProcess.StartAsync(database, content.Folder);
        using var reader = new HttpClient { BaseAddress = restarted.Address };
        foreach (var (title, word) in answered)
        {
            var (found, _) = await SearchPages.WaitUntilFoundAsync(reader, word, title);
            Assert.True(found.Contains(title), $"'{title}' was saved with {word} (answered 200) but search does not find it after the restart");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"SIGKILL mid-burst; after the restart search finds the last answered text of all {answered.Count} pages.");
    }
}
