using Microsoft.Playwright;

namespace Alliance.Wiki.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (never `playwright install`: it downloads). Without Chromium the browser
/// tests skip with the reason, unless WIKI_REQUIRE_BROWSER is set (CI sets it), when they fail instead.
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

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            var reason = $"Chromium is not installed at {ExecutablePath} (apt-get install -y chromium fonts-nanum).";
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WIKI_REQUIRE_BROWSER")))
            {
                throw new InvalidOperationException(reason + " WIKI_REQUIRE_BROWSER is set, so the browser tests may not skip.");
            }

            SkipReason = reason;
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>
    /// A fresh page (own context, closed when the page is disposed) for one test; skips the test when Chromium is absent. With <paramref name="bypassCsp"/>
    /// the page ignores the Content-Security-Policy, so a test sees what the markup alone would let run; without
    /// <paramref name="javaScript"/> it runs no script, to show what works for readers who turn scripts off.
    /// </summary>
    public async Task<BrowserPage> OpenAsync(Uri baseAddress, bool bypassCsp = false, bool javaScript = true)
    {
        Assert.SkipWhen(SkipReason is not null, SkipReason ?? string.Empty);
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
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
