using Ganss.Xss;

namespace Alliance.Wiki.Core.Markup;

/// <summary>
/// The last stage of rendering: HtmlSanitizer keeps exactly the elements, attributes, classes and URL schemes the
/// wiki's renderer emits and drops anything else. Raw HTML is already escaped and every URL has passed
/// <see cref="UrlSafety"/>, so this is defence in depth: a future extension or a Markdig change that lets markup
/// through is caught here. It runs once per revision (renders are kept), so a view pays nothing for it.
/// </summary>
public static class ArticleHtmlSanitizer
{
    /// <summary>The classes the renderer writes: wiki links, external and blocked links, section edit links, footnotes, table alignment, facts and charts.</summary>
    public static IReadOnlySet<string> Classes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "wikilink", "new", "section-link", "external", "blocked-url", "editsection", "footnotes", "footnote-ref", "footnote-back-ref",
        "task-list-item", "task-list-item-checkbox", "align-left", "align-center", "align-right",
        "infobox", "chart", "article-timeline",
    };

    /// <summary>Class prefixes the renderers own, whose suffixes are kinds, series numbers and code languages (infobox-treaty, chart-series-2, language-csv).</summary>
    public static IReadOnlyList<string> ClassPrefixes { get; } = ["infobox-", "chart-", "timeline-", "fact-", "language-"];

    // After Classes: static initialisers run in the order they are written.
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var options = HtmlSanitizerOptions.Empty();
        foreach (var tag in new[]
        {
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "em", "strong", "del", "ins", "mark", "sub", "sup", "code", "pre",
            "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "hr", "br", "span", "div", "img",
            "caption", "section", "figure", "figcaption", "details", "summary", "time",
            "svg", "title", "desc", "g", "rect", "line", "polyline", "circle", "text",
        })
        {
            options.AllowedTags.Add(tag);
        }

        foreach (var attribute in new[]
        {
            "href", "title", "id", "class", "rel", "alt", "src", "start", "lang", "aria-label", "aria-labelledby", "role", "data-title",
            "colspan", "scope", "datetime",
            "xmlns", "viewbox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "points", "fill", "text-anchor",
        })
        {
            options.AllowedAttributes.Add(attribute);
        }

        foreach (var scheme in new[] { "http", "https", "mailto" })
        {
            options.AllowedSchemes.Add(scheme);
        }

        options.UriAttributes.Add("href");
        options.UriAttributes.Add("src");
        foreach (var cssClass in Classes)
        {
            options.AllowedClasses.Add(cssClass);
        }

        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        // A relative URL with a colon in its first segment ("Treaty_(1953):_text", CommonMark's "foo):") reads as a
        // scheme to the sanitizer's URI parser; browsers and UrlSafety read it as relative, as the WHATWG rule says.
        sanitizer.RemovingCssClass += (_, e) => e.Cancel = ClassPrefixes.Any(prefix => e.CssClass.StartsWith(prefix, StringComparison.Ordinal));
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is null && UrlSafety.IsAllowed(e.OriginalUrl))
            {
                e.SanitizedUrl = e.OriginalUrl;
            }
        };
        return sanitizer;
    }
}
