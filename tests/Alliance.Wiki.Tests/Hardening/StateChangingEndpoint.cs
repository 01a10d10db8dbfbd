using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;

namespace Alliance.Wiki.Tests.Hardening;

/// <summary>
/// One way to change the wiki's state, as the app's endpoint data source declares it: a non-GET/HEAD method of an
/// endpoint, or a Razor page's non-GET handler (<c>?handler=Name</c>). <see cref="Key"/> reads "POST /edit/{**title}?handler=Save".
/// </summary>
public sealed partial record StateChangingEndpoint(string Method, string Template, string? Handler, bool TakesJson)
{
    public string Key => $"{Method} {Template}" + (Handler is null ? string.Empty : "?handler=" + Handler);

    public static async Task<List<StateChangingEndpoint>> FindAllAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var loader = (PageLoader)services.GetService(typeof(PageLoader))!;
        var found = new List<StateChangingEndpoint>();
        foreach (var endpoint in ((EndpointDataSource)services.GetService(typeof(EndpointDataSource))!).Endpoints.OfType<RouteEndpoint>())
        {
            var template = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                // Pages are compiled lazily; the loader gives the handlers a request would find.
                var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
                found.AddRange(compiled.HandlerMethods
                    .Where(h => !IsRead(h.HttpMethod))
                    .Select(h => new StateChangingEndpoint(h.HttpMethod.ToUpperInvariant(), template, h.Name, false)));
                continue;
            }

            var takesJson = endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Any(a => a.ContentTypes.Any(t => t.Contains("json", StringComparison.Ordinal)));
            found.AddRange((endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => !IsRead(m))
                .Select(m => new StateChangingEndpoint(m.ToUpperInvariant(), template, null, takesJson)));
        }

        return [.. found.DistinctBy(e => e.Key).OrderBy(e => e.Key, StringComparer.Ordinal)];
    }

    /// <summary>The URL with every route parameter filled from <paramref name="values"/>; throws for a parameter it has no value for.</summary>
    public string Url(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var path = RouteParameter().Replace(Template, m => values.TryGetValue(m.Groups["name"].Value, out var value)
            ? value
            : throw new InvalidOperationException($"{Key}: give the test a value for the route parameter '{m.Groups["name"].Value}'."));
        return Handler is null ? path : path + "?handler=" + Handler;
    }

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method);

    [GeneratedRegex(@"\{\**(?<name>\w+)(:[^}]*)?\??\}")]
    private static partial Regex RouteParameter();
}
