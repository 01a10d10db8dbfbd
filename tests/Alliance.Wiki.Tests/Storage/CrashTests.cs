using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Alliance.Wiki.Tests.Storage;

/// <summary>Kill -9 in the middle of a burst of saves: the file stays sound and every answered save is there, whole.</summary>
[Trait("Category", "Slow")]
public sealed class CrashTests
{
    [Fact]
    public async Task Saves_answered_200_survive_a_SIGKILL_and_nothing_is_half_written()
    {
        using var content = new TempContent();
        content.Write("seed.md", "Seed", "Seed text.");
        var database = Path.Combine(content.Folder, "crash.db");
        var token = await BotAccount.CreateAsync(database, content.Folder, "crashbot");

        var answered = new ConcurrentDictionary<long, string>();
        var killedAt = 0;
        using (var wiki = await WikiProcess.StartAsync(database, content.Folder))
        {
            using var client = new HttpClient { BaseAddress = wiki.Address, Timeout = TimeSpan.FromSeconds(10) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            // The writers stop at the crash, or after a minute whatever happens.
            using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var text = $"Crash probe {w}-{i}: " + new string('x', 2000);
                    try
                    {
                        var response = await client.PutAsJsonAsync($"/api/pages/Crash_probe_{w}_{i}", new { markdown = text, summary = "probe" });
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                            answered[json.RootElement.GetProperty("revision").GetInt64()] = text;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // The server is gone: the crash has happened.
                    }
                    catch (TaskCanceledException)
                    {
                        return;
                    }
                }
            })).ToList();

            await Eventually.UntilAsync(() => answered.Count >= 40 || writers.All(w => w.IsCompleted), "40 answered saves");
            Assert.True(answered.Count >= 40, "the writers stopped before 40 saves were answered");

            wiki.Kill();
            killedAt = answered.Count;
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        Assert.Equal("ok", WikiBackup.IntegrityCheck(database));
        using (var restarted = await WikiProcess.StartAsync(database, content.Folder))
        {
            using var client = new HttpClient { BaseAddress = restarted.Address };
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/wiki/Seed", UriKind.Relative))).StatusCode);
        }

        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        foreach (var (revision, text) in answered)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT r.Text, p.LatestRevisionId FROM revisions r JOIN pages p ON p.Id = r.PageId WHERE r.Id = $id";
            command.Parameters.AddWithValue("$id", revision);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync(), $"revision {revision} was answered 200 but is missing");
            Assert.Contains(text, reader.GetString(0), StringComparison.Ordinal);
            Assert.Equal(revision, reader.GetInt64(1));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"SIGKILL after {killedAt} saves answered 200 ({answered.Count} once the writers stopped); after the restart integrity_check is ok and all {answered.Count} are present.");
        await using var orphans = connection.CreateCommand();
        orphans.CommandText = "SELECT COUNT(*) FROM pages p LEFT JOIN revisions r ON r.Id = p.LatestRevisionId WHERE r.Id IS NULL";
        Assert.Equal(0L, (long)(await orphans.ExecuteScalarAsync())!);
    }
}
