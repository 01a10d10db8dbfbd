using Alliance.Wiki.Core.Markup;

namespace Alliance.Wiki.Tests.Markup;

public sealed class SectionSpecs
{
    private const string Article = """
        Lead.

        ## History

        ### Origins

        ### 한미동맹

        ## See also

        - [[Korean War]]
        - [[THAAD]]
        """;

    [Fact]
    public async Task Contents_number_sections_and_subsections()
    {
        var rendered = await MarkupFixture.RenderAsync(Article);
        Assert.Equal(
            ["1 History #history", "1.1 Origins #origins", "1.2 한미동맹 #한미동맹", "2 See also #see-also"],
            rendered.Contents.Select(c => $"{c.Number} {c.Text} #{c.Anchor}"));
        Assert.Equal([1, 2, 3, 4], rendered.Contents.Select(c => c.Section));
    }

    [Fact]
    public async Task Headings_get_edit_links_to_their_section()
    {
        var html = (await MarkupFixture.RenderAsync(Article, new RenderOptions("US–South Korea alliance", SectionEditLinks: true))).Html;
        Assert.Contains("""<h2 id="history">History<span class="editsection">[<a href="/edit/US%E2%80%93South_Korea_alliance?section=1" aria-label="Edit section: History">edit</a>]</span></h2>""", html, StringComparison.Ordinal);
        Assert.Contains("?section=4\" aria-label=\"Edit section: See also\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_edit_links_headings_are_plain()
    {
        var html = (await MarkupFixture.RenderAsync(Article)).Html;
        Assert.Contains("""<h2 id="history">History</h2>""", html, StringComparison.Ordinal);
        Assert.DoesNotContain("editsection", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task See_also_renders_as_a_list_of_links()
    {
        var html = (await MarkupFixture.RenderAsync(Article)).Html;
        Assert.Contains("<ul>\n<li><a href=\"/wiki/Korean_War\"", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/wiki/Terminal_High_Altitude_Area_Defense\"", html, StringComparison.Ordinal);
    }
}
