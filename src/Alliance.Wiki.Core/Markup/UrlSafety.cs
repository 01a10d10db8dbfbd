using System.Net;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Alliance.Wiki.Core.Markup;

/// <summary>
/// The URL allow-list. Markdig emits <c>javascript:</c> and <c>data:</c> URLs as written, so every URL
/// in a parsed document passes through here before rendering: http, https, mailto, relative and fragment only.
/// </summary>
public static class UrlSafety
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers drop control characters and white space inside a scheme and decode entities first: do the same before judging.
        var decoded = WebUtility.HtmlDecode(WebUtility.HtmlDecode(url));
        var cleaned = string.Concat(decoded.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c) && c != '\u200B' && c != '\uFEFF'));
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        // A scheme is a letter, then letters, digits, "+", "." or "-" (RFC 3986, as browsers parse it); anything else
        // before the colon ("foo)", "a/b", "x?y") makes a relative URL, which the browser resolves on this wiki.
        var scheme = cleaned.AsSpan(0, colon);
        if (!IsScheme(scheme))
        {
            return true;
        }

        foreach (var allowed in AllowedSchemes)
        {
            if (scheme.Equals(allowed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsScheme(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text[1..])
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Makes every disallowed URL among a document's links inert and marks external links.</summary>
    public static void Sanitize(DocumentLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        foreach (var definition in links.Definitions)
        {
            if (!IsAllowed(definition.Url))
            {
                definition.Url = "#";
            }
        }

        foreach (var link in links.Links)
        {
            link.GetDynamicUrl = null;
            if (!IsAllowed(link.Url))
            {
                link.Url = link.IsImage ? string.Empty : "#";
                link.GetAttributes().AddClass("blocked-url");
            }
            else if (!link.IsImage && IsExternal(link.Url))
            {
                link.GetAttributes().AddClass("external");
                link.GetAttributes().AddProperty("rel", "nofollow noopener noreferrer");
            }
        }

        foreach (var autolink in links.Autolinks)
        {
            var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            if (!IsAllowed(url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    private static bool IsExternal(string? url) =>
        url is not null && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
}
