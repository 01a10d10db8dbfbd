using Alliance.Wiki.Tests.Browser;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(ChromiumFixture))]

namespace Alliance.Wiki.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (never `playwright install`: it downloads). Without Chromium the browser
/// tests skip with the reason, unless WIKI_REQUIRE_BROWSER is set (CI sets it), when they fail instead. One browser
/// serves the whole run (an assembly fixture), each test in a context of its own: launching Chromium and Playwright's
/// driver for each of eight test classes cost a launch each.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public static readonly string ExecutablePath = Environment.GetEnvironmentVariable("WIKI_CHROMIUM") ?? "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ];

    /// <summary>A ceiling for waits, not a speed check: with the whole suite running on two cores, a page can take seconds.</summary>
    public const float Ceiling = 45_000;

    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    // Nothing starts with the run: the browser and Playwright's driver are launched for the first page a test opens,
    // so a run of other tests never waits for them, and one missing Chromium fails (or skips) only browser tests.
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _launch.Dispose();
    }

    private async Task<IBrowser> BrowserAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            var reason = $"Chromium is not installed at {ExecutablePath} (apt-get install -y chromium fonts-nanum).";
            Assert.False(!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WIKI_REQUIRE_BROWSER")), reason + " WIKI_REQUIRE_BROWSER is set, so the browser tests may not skip.");
            Assert.Skip(reason);
        }

        await _launch.WaitAsync();
        try
        {
            if (_browser is null)
            {
                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = ExecutablePath,
                    Headless = true,
                    Args = Arguments,
                });
            }

            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    /// <summary>
    /// A fresh page (own context, closed when the page is disposed) for one test; skips the test when Chromium is absent. With <paramref name="bypassCsp"/>
    /// the page ignores the Content-Security-Policy, so a test sees what the markup alone would let run; without
    /// <paramref name="javaScript"/> it runs no script, to show what works for readers who turn scripts off.
    /// </summary>
    public async Task<BrowserPage> OpenAsync(Uri baseAddress, bool bypassCsp = false, bool javaScript = true)
    {
        var context = await (await BrowserAsync()).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "en-US",
            BypassCSP = bypassCsp,
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(Ceiling);
        context.SetDefaultNavigationTimeout(Ceiling);
        return new BrowserPage(context, await context.NewPageAsync());
    }
}
