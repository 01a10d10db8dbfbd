using Microsoft.Playwright;

namespace Alliance.Wiki.Tests.Browser;

/// <summary>A page in a browser context of its own; disposing it closes the context, so no test leaves one open.</summary>
public sealed class BrowserPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
