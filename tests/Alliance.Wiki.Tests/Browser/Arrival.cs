using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Alliance.Wiki.Tests.Browser;

/// <summary>
/// Waits for a page to reach an address and finish loading, without <c>WaitForURLAsync</c>: its check-then-subscribe
/// can lose the load event it waits for and then hang until the timeout (microsoft/playwright-dotnet#3364; CI met it
/// once with the page long loaded). The address is asserted by polling in the browser, and the load state is awaited in
/// short waits, each of which finds a state already recorded at once.
/// </summary>
public static class Arrival
{
    private const float Wait = 1_000;

    /// <summary>The page's address matches <paramref name="address"/> and its document has loaded.</summary>
    public static async Task ArriveAtAsync(this IPage page, Regex address)
    {
        await Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = ChromiumFixture.Ceiling });
        await page.SettleAsync(LoadState.Load);
    }

    /// <summary>The page's address ends with <paramref name="pathAndQuery"/> (exactly, no pattern) and its document has loaded.</summary>
    public static Task ArriveAtAsync(this IPage page, string pathAndQuery) =>
        page.ArriveAtAsync(new Regex(Regex.Escape(pathAndQuery) + "$"));

    /// <summary>The page reaches <paramref name="state"/> within the browser tests' ceiling.</summary>
    public static async Task SettleAsync(this IPage page, LoadState state)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await page.WaitForLoadStateAsync(state, new() { Timeout = Wait });
                return;
            }
            catch (TimeoutException) when (waited.ElapsedMilliseconds + Wait < ChromiumFixture.Ceiling)
            {
                // Not there yet, or the event was lost between the check and the subscription: look again.
            }
        }
    }
}
