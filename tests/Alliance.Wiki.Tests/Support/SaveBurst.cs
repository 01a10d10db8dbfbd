using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// Four bots saving through the API as fast as the wiki answers, until it is killed with SIGKILL in the middle of
/// the burst: the crash tests' common part. Every wait has a deadline, so a wiki that stops answering fails the test.
/// </summary>
public static class SaveBurst
{
    private const int Writers = 4;

    /// <param name="wiki">The child wiki to kill.</param>
    /// <param name="token">A bot token with the editor role.</param>
    /// <param name="next">The save writer <c>w</c> makes <c>i</c>-th: a title and its Markdown.</param>
    /// <param name="answered">Called with each save answered 200 and its answer.</param>
    /// <param name="enough">True once enough saves were answered to kill the wiki.</param>
    public static async Task KillMidBurstAsync(
        WikiProcess wiki, string token, Func<int, int, (string Title, string Markdown)> next, Func<(string Title, string Markdown), HttpResponseMessage, Task> answered, Func<bool> enough)
    {
        ArgumentNullException.ThrowIfNull(wiki);
        using var client = new HttpClient { BaseAddress = wiki.Address, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // The writers stop at the crash, or after a minute whatever happens.
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var refused = new System.Collections.Concurrent.ConcurrentDictionary<HttpStatusCode, int>();
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var save = next(w, i);
                try
                {
                    var response = await client.PutAsJsonAsync($"/api/pages/{Uri.EscapeDataString(save.Title.Replace(' ', '_'))}", new { markdown = save.Markdown, summary = "probe" });
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        await answered(save, response);
                    }
                    else
                    {
                        refused.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return; // The server is gone: the crash has happened.
                }
            }
        })).ToList();

        await Eventually.UntilAsync(() => enough() || writers.All(w => w.IsCompleted), "enough answered saves to kill the wiki");
        Assert.True(enough(), "the writers stopped before enough saves were answered; refused: " + string.Join(", ", refused.Select(r => $"{(int)r.Key} ×{r.Value}")));
        wiki.Kill();
        await stop.CancelAsync();
        await Task.WhenAll(writers);
    }
}
