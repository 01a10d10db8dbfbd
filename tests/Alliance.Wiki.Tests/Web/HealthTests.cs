using System.Net;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Web;

/// <summary>/healthz: not ready (503) until the node's search index has caught up with the change log, then ok with no lag.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_is_503_not_ready_until_the_search_index_has_caught_up_with_the_log()
    {
        using var content = new TempContent();
        content.Write("seed.md", "Seed", "Seed text.");
        var index = Path.Combine(content.Folder, "index");
        Directory.CreateDirectory(index);

        // Another process holding the index folder (an import verb) keeps this node from following the log.
        var held = new FileStream(Path.Combine(index, "owner.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        try
        {
            using var wiki = new WikiServer(content.Folder, new Dictionary<string, string?> { ["Wiki:SearchIndexPath"] = index });
            var before = await Health.ReadAsync(wiki.Http);
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "not ready", "ok"), (before.Code, before.Status, before.Database));

            await held.DisposeAsync();
            await Eventually.UntilAsync(async () => (await Health.ReadAsync(wiki.Http)).Code == HttpStatusCode.OK, "the node taking the index over and catching up", TimeSpan.FromSeconds(15));
            var after = await Health.ReadAsync(wiki.Http);
            Assert.Equal(("ok", "ok", 0L, "none (one process)"), (after.Status, after.Database, after.Lag, after.Notifications));
        }
        finally
        {
            await held.DisposeAsync();
        }
    }
}
