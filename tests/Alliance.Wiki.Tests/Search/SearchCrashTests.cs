using System.Collections.Concurrent;
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
            // Each save carries a word no other save has, on a page of its own or over an earlier one.
            await SaveBurst.KillMidBurstAsync(
                wiki,
                token,
                (w, i) => ($"Crash probe {w} {i % 5}", $"The probe holds crashword{w}x{i}."),
                (save, _) =>
                {
                    answered[save.Title] = save.Markdown["The probe holds ".Length..^1];
                    return Task.CompletedTask;
                },
                () => answered.Count >= 20);
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
