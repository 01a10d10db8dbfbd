using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Markup.Facts;

namespace Alliance.Wiki.Tests.Markup.Facts;

/// <summary>The infobox and events of front matter: read as the schema says, written back canonically.</summary>
public sealed class FrontMatterFactsSpecs
{
    public const string Treaty = """
        ---
        title: Mutual Defense Treaty (1953)
        korean: 한미상호방위조약
        aliases: [Mutual Defense Treaty]
        categories: [Treaties and agreements]
        summary: The 1953 treaty.
        infobox:
          kind: treaty
          parties: ["[[United States]]", "[[South Korea]]"]
          signed: 1953-10-01
          place: Washington, D.C.
          effective: 1954-11-17
          rows:
            - label: Signatories
              value: John Foster Dulles; Pyun Yung-tai
        events:
          - date: 1953-10-01
            text: "The treaty is signed in Washington."
          - date: 1954
            text: The Senate consents, with an understanding.
        ---
        The **treaty** is the alliance's basis.

        ## Provisions
        Six articles.
        """;

    public const string Person = """
        ---
        title: Yoon Suk Yeol
        aliases: []
        categories: []
        summary: A president.
        infobox:
          kind: person
          born: 1960-12-18
          offices:
            - office: "[[President of South Korea]]"
              from: 2022
              to: 2025
            - office: Prosecutor General
              from: 2019
          party: People Power
        ---
        Body.
        """;

    [Fact]
    public void An_infobox_is_read_with_its_fields_in_the_kinds_order()
    {
        var infobox = ArticleDocument.Parse(Treaty).Metadata.Infobox!;
        Assert.Equal("treaty", infobox.Kind);
        Assert.Equal(["signed", "place", "effective", "parties"], infobox.Fields.Select(f => f.Key));
        Assert.Equal(new FactValue(["[[United States]]", "[[South Korea]]"], true), infobox["parties"]);
        Assert.Equal(FactValue.Of("1953-10-01"), infobox["signed"]);
        Assert.Equal([new InfoboxRow("Signatories", FactValue.Of("John Foster Dulles; Pyun Yung-tai"))], infobox.Rows);
    }

    [Fact]
    public void Events_are_read_with_their_dates_as_written()
    {
        var events = ArticleDocument.Parse(Treaty).Metadata.Events;
        Assert.Equal([new ArticleEvent("1953-10-01", "The treaty is signed in Washington."), new ArticleEvent("1954", "The Senate consents, with an understanding.")], events);
    }

    [Fact]
    public void Offices_keep_their_years_and_an_open_end()
    {
        var infobox = ArticleDocument.Parse(Person).Metadata.Infobox!;
        Assert.Equal([new InfoboxOffice("[[President of South Korea]]", "2022", "2025"), new InfoboxOffice("Prosecutor General", "2019", null)], infobox.Offices);
        Assert.Equal(["born", "party"], infobox.Fields.Select(f => f.Key));
    }

    [Theory]
    [InlineData(Treaty)]
    [InlineData(Person)]
    public void Facts_survive_the_canonical_text_and_it_is_stable(string file)
    {
        var document = ArticleDocument.Parse(file);
        var text = document.ToText(includeTitle: true);
        var again = ArticleDocument.Parse(text);
        Assert.Equal(document.Metadata.Infobox, again.Metadata.Infobox);
        Assert.Equal(document.Metadata.Events, again.Metadata.Events);
        Assert.Equal(text, again.ToText(includeTitle: true));
    }

    [Fact]
    public void Canonical_text_writes_dates_unquoted_and_fields_in_order()
    {
        var text = ArticleDocument.Parse(Treaty).ToText(includeTitle: false);
        Assert.Contains("""
            infobox:
              kind: treaty
              signed: 1953-10-01
              place: "Washington, D.C."
              effective: 1954-11-17
              parties: ["[[United States]]", "[[South Korea]]"]
              rows:
                - label: Signatories
                  value: John Foster Dulles; Pyun Yung-tai
            events:
              - date: 1953-10-01
                text: The treaty is signed in Washington.
              - date: 1954
            """, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_article_keeps_its_facts_through_the_canonical_text()
    {
        foreach (var file in Directory.EnumerateFiles(Support.RepositoryPaths.Content, "*.md"))
        {
            var document = ArticleDocument.Parse(File.ReadAllText(file));
            var again = ArticleDocument.Parse(document.ToText(includeTitle: true));
            Assert.True(document.Metadata.Infobox == again.Metadata.Infobox, Path.GetFileName(file));
            Assert.Equal(document.Metadata.Events, again.Metadata.Events);
        }
    }

    [Fact]
    public void An_infobox_value_that_is_a_mapping_is_a_format_error() =>
        Assert.Throws<FormatException>(() => ArticleDocument.Parse("---\ninfobox:\n  kind: treaty\n  signed:\n    year: 1953\n---\nBody"));
}
