using System.Net;
using Alliance.Wiki.Settings;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Protection;

/// <summary>
/// HTTPS behind a proxy: forwarded headers believed from the configured proxies only, so that behind nginx the request
/// is known to be https and the session and anti-forgery cookies are Secure; HSTS on https answers; absolute links on
/// the configured public address.
/// </summary>
public static class TransportSecurity
{
    public static IServiceCollection AddWikiTransportSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicAddressOptions>(configuration.GetSection(WikiOptions.Section));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<PublicAddressOptions>>((forwarded, address) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET Core trusts loopback by default; only the proxies named in the settings are trusted here.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in address.Value.KnownProxies)
            {
                if (proxy.Contains('/', StringComparison.Ordinal))
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
                else
                {
                    forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
                }
            }
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>First in the pipeline, so everything after it sees the scheme and client address the proxy saw.</summary>
    public static IApplicationBuilder UseWikiTransportSecurity(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.ApplicationServices;
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment() && services.GetRequiredService<IOptions<PublicAddressOptions>>().Value.BaseUrl is null)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TransportSecurity)).LogWarning(
                "Wiki:BaseUrl is not set: the feed and opensearch.xml take their links from each request's Host header. Set it to the wiki's public address.");
        }

        app.UseForwardedHeaders();
        // Only on https answers, and never for localhost (HstsOptions.ExcludedHosts).
        app.UseHsts();
        return app;
    }

    /// <summary>The scheme and host absolute links start with: the configured public address, or the request's in development.</summary>
    public static string PublicOrigin(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configured = context.RequestServices.GetRequiredService<IOptions<PublicAddressOptions>>().Value.BaseUrl;
        return configured is not null
            ? configured.GetLeftPart(UriPartial.Authority)
            : context.Request.Scheme + "://" + context.Request.Host.ToUriComponent();
    }
}
