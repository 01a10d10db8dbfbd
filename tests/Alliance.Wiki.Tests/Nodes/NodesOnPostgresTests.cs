using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Indexing;
using Alliance.Wiki.Tests.Search;
using Alliance.Wiki.Tests.Support;
using Npgsql;

namespace Alliance.Wiki.Tests.Nodes;

/// <summary>Two wiki processes on one PostgreSQL database, without nginx: the start-up, the notifications and their fallback.</summary>
[Trait("Category", "Slow")]
public sealed class NodesOnPostgresTests : IDisposable
{
    private readonly TempContent _content = new();

    public NodesOnPostgresTests()
    {
        _content.Write("seed.md", "Seed", "Seed text.");
    }

    [Fact]
    public async Task Two_nodes_started_together_on_a_new_database_make_one_admin()
    {
        using var nodes = await WikiNodes.StartAsync(_content.Folder, withEditor: false, withNginx: false, together: true);

        await using var connection = new NpgsqlConnection(nodes.Connection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*), count(*) FILTER (WHERE "UserName" = @admin) FROM "AspNetUsers" """, connection);
        command.Parameters.AddWithValue("admin", AccountBootstrap.AdminName);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((1L, 1L), (reader.GetInt64(0), reader.GetInt64(1)));
        var notices = nodes.A.Output.Concat(nodes.B.Output).Count(line => line.Contains($"created the account '{AccountBootstrap.AdminName}'", StringComparison.Ordinal));
        Assert.Equal(1, notices);
    }

    [Fact]
    public async Task A_save_on_one_node_wakes_the_other_by_notification_and_after_its_listener_is_cut_it_reconnects()
    {
        // A minute between polls: only a notification can bring the other node's search up to date within a second.
        var slowPoll = new Dictionary<string, string> { ["Wiki__Indexing__PollSeconds"] = "60" };
        using var nodes = await WikiNodes.StartAsync(_content.Folder, withEditor: true, withNginx: false, more: slowPoll);
        using var writer = new HttpClient { BaseAddress = nodes.A.Address };
        writer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", nodes.Token);
        using var other = new HttpClient { BaseAddress = nodes.B.Address };
        Assert.Equal("listening", (await Health.ReadAsync(other)).Notifications);

        // A first search on a cold process (JIT, the searcher) is not what the second measures: warm it first.
        Assert.Contains("Seed", await SearchPages.FoundAsync(other, "seed"));

        var woken = await SaveAndFindAsync(writer, other, "Notified page", "wombatword");

        // Cut both nodes' listening connections, as a restarted server or a dropped network would: B says it polls, then listens again.
        await using (var admin = new NpgsqlConnection(nodes.Connection))
        {
            await admin.OpenAsync();
            await using var cut = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name AND datname = current_database()", admin);
            cut.Parameters.AddWithValue("name", PostgresChangeListener.ApplicationName);
            Assert.Equal(2L, (long)(await cut.ExecuteScalarAsync())!);
        }

        await Eventually.UntilAsync(
            async () => (await Health.ReadAsync(other)).Notifications == "polling", "B noticing its listener was cut", TimeSpan.FromSeconds(10));
        await Eventually.UntilAsync(
            async () => (await Health.ReadAsync(other)).Notifications == "listening", "B's listener reconnecting", TimeSpan.FromSeconds(10));
        var rewoken = await SaveAndFindAsync(writer, other, "Notified again", "numbatword");

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"With a 60 s poll, B found A's save after {woken.TotalMilliseconds:F0} ms; after its listener was cut and came back, after {rewoken.TotalMilliseconds:F0} ms.");
    }

    public void Dispose() => _content.Dispose();

    private static async Task<TimeSpan> SaveAndFindAsync(HttpClient writer, HttpClient reader, string title, string word)
    {
        using var saved = await writer.PutAsJsonAsync($"/api/pages/{Uri.EscapeDataString(title.Replace(' ', '_'))}", new { markdown = $"It holds {word}.", summary = "probe" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        // Well under the 60 s poll, so only a notification can have woken the node; not 1 s, which a machine shared by
        // several builds misses on the search request alone (the nginx test holds the 1 s).
        return await Eventually.UntilAsync(
            async () => (await SearchPages.FoundAsync(reader, word)).Contains(title), $"the other node finding '{word}'", TimeSpan.FromSeconds(5));
    }
}
