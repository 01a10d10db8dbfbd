using Alliance.Wiki.Core.Markup;

namespace Alliance.Wiki.Tests.Content;

public sealed class ArticleDocumentTests
{
    private const string File = """
        ---
        title: Korean War
        korean: 한국전쟁
        aliases: [6·25 War, "Korea, war in"]
        categories: [History]
        summary: "A war: 1950–1953."
        ---
        Lead.

        ## History
        """;

    [Fact]
    public void Parse_reads_front_matter_and_body()
    {
        var document = ArticleDocument.Parse(File);
        Assert.Equal("Korean War", document.Title);
        Assert.Equal("한국전쟁", document.Metadata.Korean);
        Assert.Equal(["6·25 War", "Korea, war in"], document.Metadata.Aliases);
        Assert.Equal(["History"], document.Metadata.Categories);
        Assert.Equal("A war: 1950–1953.", document.Metadata.Summary);
        Assert.Equal("Lead.\n\n## History\n", document.Body);
    }

    [Fact]
    public void Canonical_text_round_trips()
    {
        var document = ArticleDocument.Parse(File);
        var text = document.ToText(includeTitle: true);
        Assert.Equal(document, ArticleDocument.Parse(text), new DocumentComparer());
        Assert.Equal(text, ArticleDocument.Parse(text).ToText(includeTitle: true));
    }

    [Fact]
    public void Revision_text_leaves_the_title_out()
    {
        var text = ArticleDocument.Parse(File).ToText(includeTitle: false);
        Assert.DoesNotContain("title:", text, StringComparison.Ordinal);
        Assert.Null(ArticleDocument.Parse(text).Title);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("null")]
    [InlineData("1953")]
    [InlineData("- dash")]
    [InlineData("quote \" and \\ backslash")]
    [InlineData("#hash")]
    public void Awkward_values_survive_serialisation(string value)
    {
        var document = new ArticleDocument("T", new ArticleMetadata(value, [value], [value], value), "Body.\n");
        var parsed = ArticleDocument.Parse(document.ToText(includeTitle: true));
        Assert.Equal(value, parsed.Metadata.Summary);
        Assert.Equal(value, parsed.Metadata.Korean);
        Assert.Equal([value], parsed.Metadata.Aliases);
    }

    [Fact]
    public void Text_without_front_matter_is_all_body() =>
        Assert.Equal("Just text.\n", ArticleDocument.Parse("Just text.\r\n\r\n").Body);

    [Theory]
    [InlineData("---\ntitle: [unclosed\n---\nBody")]
    [InlineData("---\ntitle: A\nno closing fence")]
    public void Broken_front_matter_is_a_format_error(string text) =>
        Assert.Throws<FormatException>(() => ArticleDocument.Parse(text));

    private sealed class DocumentComparer : IEqualityComparer<ArticleDocument>
    {
        public bool Equals(ArticleDocument? x, ArticleDocument? y) =>
            x is not null && y is not null && x.Title == y.Title && x.Body == y.Body && x.Metadata.Summary == y.Metadata.Summary
            && x.Metadata.Korean == y.Metadata.Korean && x.Metadata.Aliases.SequenceEqual(y.Metadata.Aliases)
            && x.Metadata.Categories.SequenceEqual(y.Metadata.Categories);

        public int GetHashCode(ArticleDocument obj) => obj.Body.GetHashCode(StringComparison.Ordinal);
    }
}
