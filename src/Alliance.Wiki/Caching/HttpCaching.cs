using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace Alliance.Wiki.Caching;

/// <summary>
/// Brotli and gzip for text responses, and cache lifetimes for static files: a year (immutable) for fingerprinted
/// URLs (<c>?v=</c> from asp-append-version), an hour for the rest.
/// </summary>
public static class HttpCaching
{
    public static IServiceCollection AddWikiCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Off for HTTPS by default: pages holding anti-forgery tokens must not be exposed to BREACH.
            // Behind a TLS-terminating proxy the wiki sees HTTP and compresses.
            options.EnableForHttps = false;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/atom+xml", "application/opensearchdescription+xml", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UseWikiStaticFiles(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var fingerprinted = context.Context.Request.Query.ContainsKey("v");
                context.Context.Response.Headers.CacheControl = fingerprinted
                    ? "public, max-age=31536000, immutable"
                    : "public, max-age=3600";
            },
        });

    /// <summary>The Cache-Control header of HTML pages: always revalidate, and private when the page shows who is signed in.</summary>
    public static void MarkRevalidate(HttpResponse response, bool personal)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.CacheControl = personal ? "private, no-cache" : "public, no-cache";
        response.Headers.Vary = HeaderNames.Cookie + ", " + HeaderNames.AcceptEncoding;
    }
}
