using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Hardening;

/// <summary>
/// Fetches pages that show hostile text and collects every way they fail: a 5xx or unexpected status, a dangerous
/// element, attribute or URL in the HTML (<see cref="XssHtml"/>), JSON that a browser could sniff as HTML, an Atom feed
/// with markup in it, or the text not shown at all (a check that finds nothing to check proves nothing).
/// </summary>
public sealed class PageAudit(Uri origin)
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    private readonly ConcurrentQueue<string> _failures = new();
    private readonly List<Func<Task>> _checks = [];
    private int _checked;

    /// <summary>Checks an HTML page; <paramref name="mustShow"/> is text the page must hold (white space aside).</summary>
    public async Task HtmlAsync(HttpClient client, string url, string? mustShow = null, params HttpStatusCode[] statuses)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        await HtmlAsync(url, response, mustShow, statuses);
    }

    /// <summary>Checks an HTML answer already received (a form post, say).</summary>
    public async Task HtmlAsync(string what, HttpResponseMessage response, string? mustShow = null, params HttpStatusCode[] statuses)
    {
        ArgumentNullException.ThrowIfNull(response);
        Interlocked.Increment(ref _checked);
        if (!StatusIsFine(what, response, statuses))
        {
            return;
        }

        var document = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        foreach (var problem in XssHtml.Problems(document))
        {
            Fail(what, problem);
        }

        var shown = document.Body?.TextContent + " " + string.Join(" ", document.QuerySelectorAll("input[value], textarea").Select(e => e.GetAttribute("value") ?? e.TextContent));
        if (mustShow is not null && !Squash(shown).Contains(Squash(mustShow), StringComparison.Ordinal))
        {
            Fail(what, $"does not show “{mustShow}”");
        }
    }

    /// <summary>Checks a JSON answer: a JSON type that may not be sniffed, and a safe "html" field when there is one.</summary>
    public async Task JsonAsync(HttpClient client, string url, string? mustShow = null)
    {
        using var response = await FetchOkAsync(client, url);
        if (response is null)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            Fail(url, $"is served as {response.Content.Headers.ContentType}");
        }

        // With this header and a JSON type, no browser renders the answer as a page, whatever its strings hold.
        if (!response.Headers.TryGetValues("X-Content-Type-Options", out var sniffing) || !sniffing.Contains("nosniff"))
        {
            Fail(url, "lets browsers sniff the type");
        }

        using var json = JsonDocument.Parse(body);
        if (json.RootElement.TryGetProperty("html", out var html))
        {
            foreach (var problem in XssHtml.Problems(await Html.ParseAsync(html.GetString() ?? string.Empty)))
            {
                Fail(url, "html field: " + problem);
            }
        }

        if (mustShow is not null && !Strings(json.RootElement).Any(s => Squash(s).Contains(Squash(mustShow), StringComparison.Ordinal)))
        {
            Fail(url, $"does not hold “{mustShow}”");
        }
    }

    /// <summary>Checks that a redirect stays on this wiki.</summary>
    public void LocalRedirect(string what, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Interlocked.Increment(ref _checked);
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        if (!location.StartsWith('/') || location.StartsWith("//", StringComparison.Ordinal))
        {
            Fail(what, $"redirects to {location}");
        }
    }

    /// <summary>Checks an Atom feed: only Atom elements, text (never HTML) constructs, links to this wiki only.</summary>
    public async Task AtomAsync(HttpClient client, string url, string? mustShow = null)
    {
        using var response = await FetchOkAsync(client, url);
        if (response is null)
        {
            return;
        }

        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        foreach (var element in feed.Descendants())
        {
            if (element.Name.NamespaceName != Atom)
            {
                Fail(url, $"holds the foreign element {element.Name}");
            }

            if (element.Name.LocalName is "title" or "summary" or "content" or "subtitle" or "rights" && (string?)element.Attribute("type") is { } type && type != "text")
            {
                Fail(url, $"has a {element.Name.LocalName} of type {type}");
            }

            if (element.Name.LocalName == "link" && !((string?)element.Attribute("href") ?? string.Empty).StartsWith(origin.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal))
            {
                Fail(url, $"links to {(string?)element.Attribute("href")}");
            }
        }

        if (mustShow is not null && !Squash(feed.Root!.Value).Contains(Squash(mustShow), StringComparison.Ordinal))
        {
            Fail(url, $"does not show “{mustShow}”");
        }
    }

    public void Fail(string what, string problem) => _failures.Enqueue($"{what}: {problem}");

    /// <summary>Adds a check to run later.</summary>
    public void Add(Func<Task> check) => _checks.Add(check);

    /// <summary>
    /// Runs the checks a few at a time, as a handful of readers would, then fails the test with every problem found;
    /// also when fewer answers were checked than checks were added (a check that never looked).
    /// </summary>
    public async Task RunAndAssertCleanAsync()
    {
        await Parallel.ForEachAsync(_checks, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (check, _) => await check());
        Assert.True(_checked >= _checks.Count, $"only {_checked} answers were checked for {_checks.Count} checks");
        Assert.True(_failures.IsEmpty, $"{_failures.Count} problems in {_checked} answers:\n" + string.Join('\n', _failures.Take(40)));
    }

    /// <summary>Gets the URL; answers null (and notes the failure) unless it answered 200.</summary>
    private async Task<HttpResponseMessage?> FetchOkAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        Interlocked.Increment(ref _checked);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        if (StatusIsFine(url, response, [HttpStatusCode.OK]))
        {
            return response;
        }

        response.Dispose();
        return null;
    }

    private bool StatusIsFine(string what, HttpResponseMessage response, HttpStatusCode[] statuses)
    {
        if ((int)response.StatusCode >= 500 || (statuses.Length > 0 && !statuses.Contains(response.StatusCode)))
        {
            Fail(what, $"answered {(int)response.StatusCode}");
            return false;
        }

        return true;
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString() ?? string.Empty],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    /// <summary>Text without white space or control characters, so line breaks and trimming do not matter.</summary>
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
}
