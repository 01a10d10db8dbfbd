using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Markup;

/// <summary>
/// The render budget: each shape Markdig handles badly is refused just past its limit and rendered just under it, the
/// shipped articles are all within it, a parse past its deadline stops, and a refused text is shown as written.
/// </summary>
public sealed class RenderBudgetSpecs
{
    public static TheoryData<string, string, string> Limits => new()
    {
        // shape, just within the budget, just past it
        { "nesting", new string('>', RenderBudget.MaxNesting) + " x", new string('>', RenderBudget.MaxNesting + 1) + " x" },
        { "indented lists", Nested(RenderBudget.MaxNesting - 1), Nested(RenderBudget.MaxNesting + 1) },
        { "open brackets", new string('[', RenderBudget.MaxOpenBrackets), new string('[', RenderBudget.MaxOpenBrackets + 1) },
        { "marks in a paragraph", Repeat("[a](b) ", RenderBudget.MaxMarksPerParagraph), Repeat("[a](b) ", RenderBudget.MaxMarksPerParagraph + 1) },
        { "line length", new string('x', RenderBudget.MaxLineLength), new string('x', RenderBudget.MaxLineLength + 1) },
        { "headings", Repeat("## Heading\n\n", RenderBudget.MaxHeadings), Repeat("## Heading\n\n", RenderBudget.MaxHeadings + 1) },
        { "blocks", Repeat("- item\n", RenderBudget.MaxBlocks / 2), Repeat("- item\n", (RenderBudget.MaxBlocks / 2) + 1) },
        { "marks in the text", Repeat("*a* *b*\n\n", RenderBudget.MaxMarks / 4), Repeat("*a* *b*\n\n", (RenderBudget.MaxMarks / 4) + 1) },
        // 1,000 marks cost (1,000 - 100)² = 810,000 each: 19 paragraphs fit in 16,000,000, 20 do not.
        { "many busy paragraphs", Repeat(Repeat("*a* ", 500) + "\n\n", 19), Repeat(Repeat("*a* ", 500) + "\n\n", 20) },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public async Task A_text_just_within_a_limit_passes_and_one_just_past_it_is_refused(string shape, string within, string past)
    {
        Assert.Null(RenderBudget.Problem(within));
        var problem = RenderBudget.Problem(past);
        Assert.False(problem is null, $"{shape}: no problem found");
        Assert.Equal(problem, (await MarkupFixture.RenderAsync(past)).Problem);
    }

    [Fact]
    public void Every_shipped_article_is_within_the_budget()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*.md"))
        {
            var body = ArticleText.BodyOf(File.ReadAllText(file));
            Assert.True(RenderBudget.Problem(body) is null, $"{Path.GetFileName(file)}: {RenderBudget.Problem(body)}");
        }
    }

    [Fact]
    public void Fenced_code_is_not_counted_against_a_paragraph()
    {
        var code = "```json\n" + Repeat("[[[[1, 2], [3, 4]]]],\n", 10_000) + "```\n";

        Assert.Null(RenderBudget.Problem(code));
    }

    [Fact]
    public void A_parse_past_its_deadline_stops_with_the_reason()
    {
        var document = RenderBudget.TryParse("Some [link](https://example.org) and *emphasis*.", MarkupPipeline.Instance, TimeSpan.Zero, CancellationToken.None, out var problem);

        Assert.Null(document);
        Assert.Contains("longer than", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_request_is_not_mistaken_for_a_deadline()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => RenderBudget.TryParse("[a](b)", MarkupPipeline.Instance, TimeSpan.FromMinutes(1), cancelled.Token, out _));
    }

    [Fact]
    public async Task A_refused_text_is_shown_as_written_under_the_reason_and_encoded()
    {
        var text = "<script>alert(1)</script>\n" + new string('[', RenderBudget.MaxOpenBrackets + 1);

        var rendered = await MarkupFixture.RenderAsync(text);

        var page = await Html.ParseAsync(rendered.Html);
        Assert.Contains(rendered.Problem!, page.QuerySelector(".render-refused")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(text, page.QuerySelector("pre.render-plain")?.TextContent);
        Assert.Null(page.QuerySelector("script"));
    }

    [Fact]
    public async Task An_unclosed_wiki_link_does_not_swallow_a_later_one()
    {
        var html = await MarkupFixture.HtmlAsync("[[open " + new string('x', 600) + " [[Korean War]]");

        Assert.Contains("href=\"/wiki/Korean_War\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_past_the_budget_has_no_sections_to_edit_rather_than_an_error()
    {
        var body = "Lead.\n\n## History\n\n" + new string('[', 200);

        var sections = new Core.Editing.Sections(new ArticleRenderer());
        Assert.Null(sections.Extract(body, 1));
        Assert.Equal(body + "\n", sections.Extract(body, 0));
    }

    private static string Nested(int depth) => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i * 2) + "- x\n"));

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));
}
