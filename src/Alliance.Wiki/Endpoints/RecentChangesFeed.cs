using System.Text;
using System.Xml;
using Alliance.Wiki.Core.History;
using Alliance.Wiki.Core.Titles;
using Alliance.Wiki.Formatting;
using Alliance.Wiki.Protection;
using Alliance.Wiki.Settings;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Endpoints;

/// <summary><c>/recent-changes.atom</c>: the recent changes page as an Atom 1.0 feed, with the same filters.</summary>
public static class RecentChangesFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static IEndpointRouteBuilder MapRecentChangesFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/recent-changes.atom", WriteAsync);
        return endpoints;
    }

    private static async Task WriteAsync(
        HttpContext context, string? user, string? hideminor, RevisionHistory history, IOptions<WikiOptions> options, CancellationToken cancellationToken)
    {
        var filter = RecentChangesFilter.From(user, hideminor);
        var changes = await history.RecentAsync(filter, Listings.RecentChanges, cancellationToken);

        // Links are absolute, on the wiki's public address; ids do not depend on it, so an entry keeps its id.
        var origin = TransportSecurity.PublicOrigin(context);
        context.Response.ContentType = "application/atom+xml; charset=utf-8";
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(context.Response.Body, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", Atom);
        await xml.WriteElementStringAsync(null, "id", Atom, "urn:alliance-wiki:recent-changes" + (filter.User is null ? string.Empty : ":user:" + Uri.EscapeDataString(filter.User)) + (filter.HideMinor ? ":hide-minor" : string.Empty));
        await xml.WriteElementStringAsync(null, "title", Atom, $"{options.Value.SiteName} — recent changes" + (filter.User is null ? string.Empty : $" by {XmlText(filter.User)}"));
        await xml.WriteElementStringAsync(null, "updated", Atom, HistoryFormat.IsoTime(changes.Count > 0 ? changes[0].Revision.CreatedAt : DateTime.UnixEpoch));
        await LinkAsync(xml, "self", "application/atom+xml", origin + WikiUrls.RecentChanges(filter.User, filter.HideMinor, atom: true));
        await LinkAsync(xml, "alternate", "text/html", origin + WikiUrls.RecentChanges(filter.User, filter.HideMinor));
        await xml.WriteElementStringAsync(null, "generator", Atom, options.Value.SiteName);
        foreach (var change in changes)
        {
            await EntryAsync(xml, origin, change);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static async Task EntryAsync(XmlWriter xml, string origin, RevisionChange change)
    {
        var revision = change.Revision;
        await xml.WriteStartElementAsync(null, "entry", Atom);
        await xml.WriteElementStringAsync(null, "id", Atom, "urn:alliance-wiki:revision:" + revision.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await xml.WriteElementStringAsync(null, "title", Atom, XmlText(change.PageTitle));
        var target = revision.ParentId is long parent ? WikiUrls.Diff(change.PageTitle, parent, revision.Id) : WikiUrls.Revision(revision.Id);
        await LinkAsync(xml, "alternate", "text/html", origin + target);
        await xml.WriteElementStringAsync(null, "updated", Atom, HistoryFormat.IsoTime(revision.CreatedAt));
        await xml.WriteStartElementAsync(null, "author", Atom);
        await xml.WriteElementStringAsync(null, "name", Atom, XmlText(revision.Author));
        await xml.WriteEndElementAsync();
        var facts = $"{HistoryFormat.SizeChange(change.SizeChange)} bytes" + (revision.IsMinor ? ", minor edit" : string.Empty);
        await xml.WriteStartElementAsync(null, "summary", Atom);
        await xml.WriteAttributeStringAsync(null, "type", null, "text");
        await xml.WriteStringAsync(string.IsNullOrEmpty(revision.Comment) ? facts : $"{XmlText(revision.Comment)} ({facts})");
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }

    /// <summary>
    /// Text as XML 1.0 can hold it. Summaries and authors may carry control characters; written as they are, the writer
    /// throws after the answer has begun and every reader gets a broken feed. They are left out instead.
    /// </summary>
    private static string XmlText(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text[i]).Append(text[++i]);
            }
        }

        return builder.Length == text.Length ? text : builder.ToString();
    }

    private static async Task LinkAsync(XmlWriter xml, string rel, string type, string href)
    {
        await xml.WriteStartElementAsync(null, "link", Atom);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }
}
