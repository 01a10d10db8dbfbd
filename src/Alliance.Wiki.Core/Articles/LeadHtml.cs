using System.Text.RegularExpressions;

namespace Alliance.Wiki.Core.Articles;

/// <summary>The lead of a rendered article (its infobox and the paragraphs before the first heading), for the main page.</summary>
public static partial class LeadHtml
{
    public static string Of(string articleHtml)
    {
        // Footnote markers point at notes the main page does not show.
        return FootnoteMarker().Replace(Split(articleHtml).Lead, string.Empty).Trim();
    }

    /// <summary>The article cut before its first heading: the contents box goes between, as Wikipedia places it.</summary>
    public static (string Lead, string Remainder) Split(string articleHtml)
    {
        ArgumentNullException.ThrowIfNull(articleHtml);
        var heading = FirstHeading().Match(articleHtml);
        return heading.Success ? (articleHtml[..heading.Index], articleHtml[heading.Index..]) : (articleHtml, string.Empty);
    }

    [GeneratedRegex("<h[1-6][ >]|<section class=\"article-timeline\"", RegexOptions.CultureInvariant)]
    private static partial Regex FirstHeading();

    [GeneratedRegex("<a id=\"fnref:[^\"]*\" href=\"#fn:[^\"]*\" class=\"footnote-ref\"><sup>[^<]*</sup></a>", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteMarker();
}
