using System.Collections.Concurrent;
using System.Net;
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
            await SaveBurst.KillMidBurstAsync(
                wiki,
                token,
                (w, i) => ($"Crash probe {w} {i}", $"Crash probe {w}-{i}: " + new string('x', 2000)),
                async (save, response) =>
                {
                    using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    answered[json.RootElement.GetProperty("revision").GetInt64()] = save.Markdown;
                },
                () => answered.Count >= 40);
            killedAt = answered.Count;
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
