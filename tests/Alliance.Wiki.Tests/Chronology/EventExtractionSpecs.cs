using Alliance.Wiki.Core.Chronology;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Tests.Markup.Facts;

namespace Alliance.Wiki.Tests.Chronology;

/// <summary>Which events an article gives the chronology: its written events, and its infobox dates no event repeats.</summary>
public sealed class EventExtractionSpecs
{
    [Fact]
    public void Written_events_come_in_date_order_and_an_infobox_date_fills_a_gap()
    {
        var metadata = ArticleDocument.Parse(FrontMatterFactsSpecs.Treaty).Metadata;
        var events = EventExtraction.Of("Mutual Defense Treaty (1953)", metadata);
        Assert.Equal(
            [("1953-10-01", false), ("1954", false), ("1954-11-17", true)],
            events.Select(e => (e.Date.Iso, e.FromInfobox)));
        Assert.Equal("The [[Mutual Defense Treaty (1953)]] enters into force.", events[2].Text);
    }

    [Fact]
    public void An_infobox_date_a_written_event_already_gives_is_not_repeated()
    {
        var metadata = ArticleDocument.Parse(FrontMatterFactsSpecs.Treaty).Metadata;
        Assert.Single(EventExtraction.Of("T", metadata), e => e.Date.Iso == "1953-10-01");
    }

    [Fact]
    public void A_birth_names_its_place()
    {
        var metadata = ArticleDocument.Parse("---\ninfobox:\n  kind: person\n  born: 1960-12-18\n  born_place: \"[[Seoul]]\"\n---\nBody.").Metadata;
        Assert.Equal("[[Yoon Suk Yeol]] is born in [[Seoul]].", Assert.Single(EventExtraction.Of("Yoon Suk Yeol", metadata)).Text);
    }
}
