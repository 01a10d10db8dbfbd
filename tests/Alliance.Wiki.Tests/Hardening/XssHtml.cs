using System.Net;
using AngleSharp.Dom;

namespace Alliance.Wiki.Tests.Hardening;

/// <summary>
/// What a page parsed as a browser parses it may never hold: event-handler attributes, script URLs, inline script,
/// frames and plugins, SVG or MathML, or inline style. The wiki's own pages have none of these, so any found came from user text.
/// </summary>
public static class XssHtml
{
    private static readonly string[] UrlAttributes =
        ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "ping", "srcset", "codebase", "lowsrc", "dynsrc"];

    private static readonly string[] DangerousSchemes = ["javascript:", "data:", "vbscript:"];

    private static readonly string[] ForbiddenElements = ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "svg", "math", "style", "template", "link[rel=import]", "meta[http-equiv]"];

    /// <summary>Every problem in the document, each naming the element; empty when the page is safe.</summary>
    public static List<string> Problems(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                if (name.StartsWith("on", StringComparison.Ordinal))
                {
                    problems.Add($"<{element.LocalName}> has the event handler {name}=\"{attribute.Value}\"");
                }
                else if (name is "style" or "srcdoc")
                {
                    problems.Add($"<{element.LocalName}> has {name}=\"{attribute.Value}\"");
                }
                else if (UrlAttributes.Contains(name) && IsScriptUrl(attribute.Value))
                {
                    problems.Add($"<{element.LocalName}> has {name}=\"{attribute.Value}\"");
                }
            }

            if (element.LocalName == "script" && !(element.GetAttribute("src") ?? string.Empty).StartsWith("/js/", StringComparison.Ordinal))
            {
                problems.Add($"<script> that is not one of the wiki's files: {element.OuterHtml}");
            }
        }

        foreach (var selector in ForbiddenElements)
        {
            problems.AddRange(document.QuerySelectorAll(selector).Select(e => $"<{e.LocalName}> element: {Shorten(e.OuterHtml)}"));
        }

        return problems;
    }

    /// <summary>A URL a browser would run or load as a document: entities decoded, white space and controls dropped, as browsers do.</summary>
    public static bool IsScriptUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        var decoded = WebUtility.HtmlDecode(WebUtility.HtmlDecode(url));
        var cleaned = string.Concat(decoded.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))).ToLowerInvariant();
        return DangerousSchemes.Any(s => cleaned.StartsWith(s, StringComparison.Ordinal));
    }

    private static string Shorten(string html) => html.Length <= 120 ? html : html[..120] + "…";
}
