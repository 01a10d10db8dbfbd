using AngleSharp;
using AngleSharp.Dom;

namespace Alliance.Wiki.Tests.Support;

/// <summary>Parses pages the tests fetch, so assertions read the document as a browser would.</summary>
public static class Html
{
    public static async Task<IDocument> ParseAsync(string html)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html));
    }

    public static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await ParseAsync(await response.Content.ReadAsStringAsync());
    }
}
