using System.Net;
using System.Text.Json;

namespace Alliance.Wiki.Tests.Support;

/// <summary>What /healthz answers: its status code and the fields a load balancer or an operator reads.</summary>
public sealed record Health(HttpStatusCode Code, string Status, string Database, long? Lag, string Notifications)
{
    /// <summary>
    /// Waits (at most 30 s) for 200, as a load balancer does before sending readers: a server that just started may
    /// still be building its search index on a busy machine, and is rightly "not ready" meanwhile. Answers the last reading.
    /// </summary>
    public static async Task<Health> WhenReadyAsync(HttpClient client)
    {
        Health? health = null;
        await Eventually.UntilAsync(async () => (health = await ReadAsync(client)).Code == HttpStatusCode.OK, "/healthz answering 200");
        return health!;
    }

    public static async Task<Health> ReadAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var lag = root.GetProperty("index").GetProperty("lag");
        return new Health(
            response.StatusCode,
            root.GetProperty("status").GetString()!,
            root.GetProperty("database").GetString()!,
            lag.ValueKind == JsonValueKind.Null ? null : lag.GetInt64(),
            root.GetProperty("notifications").GetString()!);
    }
}
