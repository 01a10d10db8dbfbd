using Alliance.Wiki.Core.Indexing;
using Alliance.Wiki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Alliance.Wiki.Tests.Search;

/// <summary>
/// A host disposed while it is still stopping (a test factory's dispose does that: it stops the host twice at once and
/// disposes its services) must not leave the change-log follower waiting out its poll interval. The follower here
/// polls once a minute, so a follower that missed its cancellation would stop only after that minute.
/// </summary>
public sealed class ChangeLogFollowerStopTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    /// <summary>Three wikis in a row: the old race lost the cancellation in about two stops of three, not every time.</summary>
    [Fact]
    public async Task A_follower_disposed_while_its_stop_is_cancelling_still_stops_at_once()
    {
        for (var round = 0; round < 3; round++)
        {
            using var wiki = new TempWiki(
                content => content.Write("seed.md", "Seed", "Seed text."),
                new Dictionary<string, string?> { ["Wiki:Indexing:PollSeconds"] = "60" });
            var follower = wiki.Server.Services.GetServices<IHostedService>().OfType<ChangeLogFollower>().Single();

            var first = follower.StopAsync(CancellationToken.None);
            var second = follower.StopAsync(CancellationToken.None);
            follower.Dispose();
            var both = Task.WhenAll(first, second);

            Assert.Same(both, await Task.WhenAny(both, Task.Delay(Deadline, TestContext.Current.CancellationToken)));
            await both;
        }
    }
}
