using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Alliance.Wiki.Settings;

/// <summary>
/// What a reader chose for how pages look, kept in cookies so it works without JavaScript: the theme and the
/// interface language. Cached pages vary by both (<see cref="CacheKey"/>), since the same URL renders differently.
/// </summary>
public static class ReaderPreferences
{
    public const string ThemeCookie = "wiki-theme";

    public static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    public static ReaderTheme Theme(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Enum.TryParse<ReaderTheme>(context.Request.Cookies[ThemeCookie], ignoreCase: true, out var theme) && Enum.IsDefined(theme) ? theme : ReaderTheme.Auto;
    }

    /// <summary>The interface language of this request, as localization resolved it ("en" or "ko").</summary>
    public static string Language(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
        return culture.TwoLetterISOLanguageName;
    }

    /// <summary>What besides the URL decides a page's HTML for a reader who is not signed in.</summary>
    public static string CacheKey(HttpContext context) =>
        string.Create(CultureInfo.InvariantCulture, $"{Theme(context)}.{Language(context)}");

    public static void Remember(HttpContext context, string cookie, string value)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(cookie, value, new CookieOptions
        {
            MaxAge = Remembered,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            IsEssential = true,
        });
    }
}
