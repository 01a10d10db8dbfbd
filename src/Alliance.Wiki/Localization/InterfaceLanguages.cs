using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Alliance.Wiki.Localization;

/// <summary>
/// The interface in English or Korean: chosen by <c>?uselang=ko</c>, then the remembered cookie, then Accept-Language.
/// A <c>uselang</c> that names a supported language is remembered, as the header's switch is.
/// </summary>
public static class InterfaceLanguages
{
    public const string QueryKey = "uselang";

    public static readonly CultureInfo[] Supported = [new("en"), new("ko")];

    public static IServiceCollection AddWikiLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = Supported;
            options.SupportedUICultures = Supported;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static IApplicationBuilder UseWikiLocalization(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        return app.Use((context, next) =>
        {
            if (context.Request.Query.TryGetValue(QueryKey, out var asked) && Find(asked.ToString()) is { } culture)
            {
                Remember(context, culture);
            }

            return next(context);
        });
    }

    public static CultureInfo? Find(string? name) =>
        Supported.FirstOrDefault(c => string.Equals(c.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static void Remember(HttpContext context, CultureInfo culture) =>
        Settings.ReaderPreferences.Remember(context, CookieRequestCultureProvider.DefaultCookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)));
}
