using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Editing;

namespace Alliance.Wiki.Tests.Editing;

public sealed class SectionsTests
{
    private static readonly Sections Sections = new(new ArticleRenderer());

    private const string Body = """
        Lead paragraph.

        ## History

        History text.

        ### Origins

        Origins text.

        ## See also

        - [[Korean War]]
        """;

    [Fact]
    public void Count_counts_every_top_level_heading() => Assert.Equal(3, Sections.Count(Body + "\n"));

    [Fact]
    public void Section_zero_is_the_lead() =>
        Assert.Equal("Lead paragraph.\n", Sections.Extract(Body, 0));

    [Fact]
    public void A_section_includes_its_subsections() =>
        Assert.Equal("## History\n\nHistory text.\n\n### Origins\n\nOrigins text.\n", Sections.Extract(Body, 1));

    [Fact]
    public void A_subsection_is_its_own_section() =>
        Assert.Equal("### Origins\n\nOrigins text.\n", Sections.Extract(Body, 2));

    [Fact]
    public void The_last_section_runs_to_the_end() =>
        Assert.Equal("## See also\n\n- [[Korean War]]\n", Sections.Extract(Body, 3));

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void A_missing_section_is_null(int section)
    {
        Assert.Null(Sections.Extract(Body, section));
        Assert.Null(Sections.Splice(Body, section, "x"));
    }

    [Fact]
    public void Splice_replaces_only_that_section()
    {
        var spliced = Sections.Splice(Body, 2, "### Origins\n\nNew origins.")!;
        Assert.Equal(Body.Replace("Origins text.", "New origins.", StringComparison.Ordinal) + "\n", spliced);
    }

    [Fact]
    public void Splice_of_the_lead_keeps_the_sections()
    {
        var spliced = Sections.Splice(Body, 0, "A new lead.")!;
        Assert.StartsWith("A new lead.\n\n## History\n", spliced, StringComparison.Ordinal);
        Assert.Equal(Sections.Extract(Body, 3), Sections.Extract(spliced, 3));
    }

    [Fact]
    public void Headings_inside_code_blocks_are_not_sections()
    {
        var body = "Lead.\n\n```\n## not a heading\n```\n\n## Real\n\nText.\n";
        Assert.Equal(1, Sections.Count(body));
        Assert.Equal("## Real\n\nText.\n", Sections.Extract(body, 1));
    }

    [Fact]
    public void Hangul_headings_split_like_any_other()
    {
        var body = "요약.\n\n## 역사\n\n본문.\n\n## 같이 보기\n\n- [[주한미군]]\n";
        Assert.Equal("## 역사\n\n본문.\n", Sections.Extract(body, 1));
    }
}
