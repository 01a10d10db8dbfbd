using System.Text;

namespace Alliance.Wiki.Core.Titles;

/// <summary>The public URL contract of DESIGN.md, built in one place.</summary>
public static class WikiUrls
{
    // Characters kept readable in a title's URL, as Wikipedia keeps them; everything else is percent-encoded UTF-8.
    private const string KeptPunctuation = "-_.~/():,!*'@;$";

    public static string Article(string title, string? anchor = null) =>
        "/wiki/" + PathSegment(title) + (string.IsNullOrEmpty(anchor) ? string.Empty : "#" + Uri.EscapeDataString(anchor));

    public static string Edit(string title, int? section = null) =>
        "/edit/" + PathSegment(title) + (section is null ? string.Empty : "?section=" + section.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string History(string title) => "/history/" + PathSegment(title);

    /// <summary>The diff between two revisions of a page, inline or side by side.</summary>
    public static string Diff(string title, long from, long to, bool sideBySide = false) =>
        "/diff/" + PathSegment(title) + "?from=" + from.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + "&to=" + to.ToString(System.Globalization.CultureInfo.InvariantCulture) + (sideBySide ? "&view=side" : string.Empty);

    public static string Blame(string title) => "/blame/" + PathSegment(title);

    /// <summary>The latest changes across the wiki, as a page or an Atom feed, optionally by one author and without minor edits.</summary>
    public static string RecentChanges(string? user = null, bool hideMinor = false, bool atom = false)
    {
        var query = new List<string>(2);
        if (!string.IsNullOrEmpty(user))
        {
            query.Add("user=" + Uri.EscapeDataString(user));
        }

        if (hideMinor)
        {
            query.Add("hideminor=1");
        }

        return (atom ? "/recent-changes.atom" : "/recent-changes") + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
    }

    public static string LinksHere(string title) => "/links-here/" + PathSegment(title);

    public static string Category(string name) => "/category/" + PathSegment(name);

    public static string Revision(long id) => "/revision/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ApiPage(string title) => "/api/pages/" + PathSegment(title);

    /// <summary>A title as it stands in a URL path: spaces as underscores, UTF-8 percent-encoded.</summary>
    public static string PathSegment(string title)
    {
        var builder = new StringBuilder(title.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(title.Replace(' ', '_')))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || KeptPunctuation.Contains(c, StringComparison.Ordinal)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
