using System.Net;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Search;

/// <summary>The results page as a reader sees it, over HTTP: the titles listed, or the notice shown instead.</summary>
public static class SearchPages
{
    public static async Task<List<string>> FoundAsync(HttpClient http, string query)
    {
        ArgumentNullException.ThrowIfNull(http);
        var page = await Html.GetAsync(http, "/search?fulltext=1&q=" + Uri.EscapeDataString(query));
        return [.. page.QuerySelectorAll(".search-result-title").Select(a => a.TextContent)];
    }

    /// <summary>Searches until the title is listed (answering 200 every time, with a notice while the index is rebuilt), at most 30 s.</summary>
    public static async Task<(List<string> Found, bool SawNotice)> WaitUntilFoundAsync(HttpClient http, string query, string title)
    {
        ArgumentNullException.ThrowIfNull(http);
        var sawNotice = false;
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await http.GetAsync(new Uri("/search?fulltext=1&q=" + Uri.EscapeDataString(query), UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
            sawNotice |= page.QuerySelector(".search-index-notice") is not null;
            var found = page.QuerySelectorAll(".search-result-title").Select(a => a.TextContent).ToList();
            if (found.Contains(title))
            {
                return (found, sawNotice);
            }

            await Task.Delay(100);
        }

        return ([], sawNotice);
    }
}
