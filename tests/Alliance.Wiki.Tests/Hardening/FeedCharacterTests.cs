using System.Net;
using System.Xml.Linq;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Hardening;

/// <summary>
/// XML 1.0 cannot hold most control characters, but an edit summary or an author can. One such revision once broke the
/// Atom feed mid-response for every reader until it scrolled off; the feed now leaves those characters out.
/// </summary>
public sealed class FeedCharacterTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_feed_stays_well_formed_when_a_summary_or_author_holds_control_characters()
    {
        using var wiki = new TempWiki(content => content.Write("page.md", "Feed page", "Text."));
        await wiki.Server.InScopeAsync(s => s.GetRequiredService<ArticleWriter>().SaveAsync(
            new SaveCommand("Feed page", new ArticleDocument(null, ArticleMetadata.Empty, "Text, edited.\n"), "bell\u0007author", "vertical\u000Btab and\u0001start 🦀", false, RevisionOrigin.Editor),
            CancellationToken.None));

        foreach (var url in new[] { "/recent-changes.atom", "/recent-changes.atom?user=bell%07author" })
        {
            using var response = await wiki.Server.Http.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
            var entry = feed.Root!.Elements(Atom + "entry").First();
            Assert.Equal("bellauthor", entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
            Assert.StartsWith("verticaltab andstart 🦀", entry.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        }
    }
}
