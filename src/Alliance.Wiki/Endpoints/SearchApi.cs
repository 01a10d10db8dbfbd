using System.Xml.Linq;
using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Titles;
using Alliance.Wiki.Protection;
using Alliance.Wiki.Settings;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Endpoints;

/// <summary>Title suggestions for the search box and for browsers, and the OpenSearch description that names them.</summary>
public static class SearchApi
{
    public const int MaxSuggestions = 10;

    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/suggest", SuggestAsync);
        endpoints.MapGet("/opensearch.xml", Description);
        return endpoints;
    }

    /// <summary>
    /// Up to ten titles and aliases starting with <c>q</c>, as objects (title, url, summary, and the alias that matched);
    /// with <c>format=opensearch</c>, the array browsers expect: [query, titles, summaries, urls].
    /// </summary>
    private static async Task<IResult> SuggestAsync(string? q, string? format, ISearchIndex index, CancellationToken cancellationToken)
    {
        var suggestions = await index.SuggestAsync(q ?? string.Empty, MaxSuggestions, cancellationToken);
        if (format == "opensearch")
        {
            return Results.Json(
                new object[] { q ?? string.Empty, suggestions.Select(s => s.Title), suggestions.Select(s => s.Summary), suggestions.Select(s => WikiUrls.Article(s.Title)) },
                contentType: "application/x-suggestions+json");
        }

        return Results.Json(suggestions.Select(s => new { title = s.Title, url = WikiUrls.Article(s.Title), summary = s.Summary, alias = s.Alias }));
    }

    private static IResult Description(HttpContext context, IOptions<WikiOptions> options)
    {
        var site = options.Value.SiteName;
        var root = TransportSecurity.PublicOrigin(context);
        var document = new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(OpenSearch + "OpenSearchDescription",
                new XElement(OpenSearch + "ShortName", site.Length > 16 ? site[..16] : site),
                new XElement(OpenSearch + "Description", $"Search {site}"),
                new XElement(OpenSearch + "InputEncoding", "UTF-8"),
                Template("text/html", root + "/search?q={searchTerms}"),
                Template("application/x-suggestions+json", root + "/api/suggest?format=opensearch&q={searchTerms}"),
                Template("application/opensearchdescription+xml", root + "/opensearch.xml", new XAttribute("rel", "self"))));
        return Results.Text(document.Declaration + "\n" + document, "application/opensearchdescription+xml; charset=utf-8");
    }

    private static XElement Template(string type, string template, params object[] more) =>
        new(OpenSearch + "Url", new XAttribute("type", type), new XAttribute("method", "get"), new XAttribute("template", template), more);
}
