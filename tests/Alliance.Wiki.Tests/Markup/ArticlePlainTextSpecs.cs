using Alliance.Wiki.Core.Markup;

namespace Alliance.Wiki.Tests.Markup;

/// <summary>The search index reads the rendered article as text: no Markdown, no tags, no page chrome.</summary>
public sealed class ArticlePlainTextSpecs
{
    [Fact]
    public async Task Rendered_markdown_becomes_the_text_a_reader_sees()
    {
        var rendered = await MarkupFixture.RenderAsync("""
            The **Korean War** began in [[Korean War|1950]] &amp; *ended* with an armistice.[^1] See <b>`code`</b>.

            ## Background & causes

            - Item [[Missing page]]
            - [[THAAD]] battery

            [^1]: Armistice text, Article II.
            """, new RenderOptions("Korean War", SectionEditLinks: true));

        var text = ArticlePlainText.FromHtml(rendered.Html);

        Assert.Equal("""
            The Korean War began in 1950 & ended with an armistice. See <b>code</b>.
            Background & causes
            Item Missing page
            THAAD battery
            Armistice text, Article II.
            """.ReplaceLineEndings("\n"), text);
        Assert.DoesNotContain("edit", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headings_can_be_left_out()
    {
        var rendered = await MarkupFixture.RenderAsync("Lead.\n\n## History\n\nBody.\n", new RenderOptions("X", SectionEditLinks: true));
        Assert.Equal("Lead.\nBody.", ArticlePlainText.FromHtml(rendered.Html, headings: false));
    }
}
