using Alliance.Wiki.Localization;
using Alliance.Wiki.Settings;

namespace Alliance.Wiki.Endpoints;

/// <summary>
/// <c>GET /preferences/theme?set=dark&amp;returnUrl=…</c> and <c>/preferences/language?set=ko…</c>: remember the reader's
/// theme or interface language and go back. A link, not a form:
/// it works without JavaScript and needs no anti-forgery token (whose cookie would keep pages out of the cache);
/// a forged link can change only how pages look.
/// </summary>
public static class ReaderPreferenceEndpoints
{
    public static IEndpointRouteBuilder MapReaderPreferences(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/preferences/theme", (HttpContext context, string? set, string? returnUrl) =>
        {
            if (!Enum.TryParse<ReaderTheme>(set, ignoreCase: true, out var theme) || !Enum.IsDefined(theme))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown theme",
                    detail: $"'{set}' is not a theme: use auto, light or dark.");
            }

            ReaderPreferences.Remember(context, ReaderPreferences.ThemeCookie, theme.ToString().ToLowerInvariant());
            return Results.Redirect(LocalUrl(returnUrl));
        });
        endpoints.MapGet("/preferences/language", (HttpContext context, string? set, string? returnUrl) =>
        {
            if (InterfaceLanguages.Find(set) is not { } culture)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown language",
                    detail: $"'{set}' is not an interface language: use en or ko.");
            }

            InterfaceLanguages.Remember(context, culture);
            return Results.Redirect(LocalUrl(returnUrl));
        });
        return endpoints;
    }

    /// <summary>A path on this site to go back to; anything else (another host, a scheme) goes to the main page.</summary>
    public static string LocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
