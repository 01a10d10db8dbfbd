using AngleSharp.Html.Parser;

namespace Alliance.Wiki.Tests.Markup.Charts;

/// <summary>Fenced chart blocks in, accessible SVG (or a clear refusal) out.</summary>
public sealed class ChartSpecs
{
    private const string Troops = """
        ```chart
        kind: line
        title: US troops in South Korea
        caption: Source: Department of Defense
        Year,Troops
        1955,85500
        1971,43000
        2008,28500
        ```
        """;

    [Fact]
    public async Task A_title_and_caption_may_hold_commas_and_the_caption_closes_the_figure()
    {
        var html = new HtmlParser().ParseDocument(await MarkupFixture.HtmlAsync("""
            ```chart
            kind: bar
            title: Contributions, selected years
            caption: Billions of won, by round
            Year,Won
            1991,107.3
            2026,1519.2
            ```
            """));
        Assert.Null(html.QuerySelector(".chart-error"));
        Assert.Equal("Contributions, selected years", html.QuerySelector("figure.chart svg title")!.TextContent);
        Assert.Equal("FIGCAPTION", html.QuerySelector("figure.chart")!.LastElementChild!.TagName);
        Assert.Contains("Billions of won, by round", html.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_chart_is_an_svg_with_its_title_description_and_a_data_table()
    {
        var html = new HtmlParser().ParseDocument(await MarkupFixture.HtmlAsync(Troops));
        var svg = html.QuerySelector("figure.chart svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("chart-1-title chart-1-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("US troops in South Korea", svg.QuerySelector("title#chart-1-title")!.TextContent);
        Assert.Equal("Line chart of Troops by Year, 1955 to 2008; Troops from 28,500 to 85,500. The data table follows.", svg.QuerySelector("desc")!.TextContent);
        Assert.Equal(3, svg.QuerySelector("polyline")!.GetAttribute("points")!.Split(' ').Length);
        Assert.Equal(3, svg.QuerySelectorAll("circle").Length);
        var rows = html.QuerySelectorAll("details.chart-data tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(["195585,500", "197143,000", "200828,500"], rows);
        Assert.Contains("Source: Department of Defense", html.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bar_chart_draws_a_bar_per_value_and_a_legend_for_several_series()
    {
        var html = new HtmlParser().ParseDocument(await MarkupFixture.HtmlAsync("""
            ```chart
            kind: bar
            title: Trade
            Year,Exports,Imports
            2020,74,57
            2021,95,
            ```
            """));
        var svg = html.QuerySelector("svg.chart-bar")!;
        Assert.Equal(3 + 2, svg.QuerySelectorAll("rect").Length);
        Assert.Equal("–", html.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td")[1].TextContent);
    }

    [Fact]
    public async Task Two_charts_on_a_page_have_their_own_ids()
    {
        var html = new HtmlParser().ParseDocument(await MarkupFixture.HtmlAsync(Troops + "\n\n" + Troops));
        Assert.Equal(["chart-1-title", "chart-2-title"], html.QuerySelectorAll("svg > title").Select(t => t.Id));
    }

    [Theory]
    [InlineData("kind: pie\ntitle: T\nA,B\nx,1", "“kind: line” or “kind: bar”")]
    [InlineData("kind: line\nA,B\nx,1", "A chart needs “title: …”")]
    [InlineData("kind: line\ntitle: T\nA,B\nx,1,2", "Row 1 (“x,1,2”) has 3 cells")]
    [InlineData("kind: line\ntitle: T\nA,B\nx,lots", "“lots” is not a number")]
    [InlineData("kind: line\ntitle: T\nA,B", "at least one row of data")]
    [InlineData("kind: line\ntitle: T\njust words\nA,B\nx,1", "Line 3 (“just words”) is neither a setting")]
    public async Task A_bad_chart_says_why_and_keeps_its_text(string block, string message)
    {
        var html = new HtmlParser().ParseDocument(await MarkupFixture.HtmlAsync("```chart\n" + block + "\n```"));
        var error = html.QuerySelector(".chart-error")!;
        Assert.Contains(message, error.TextContent, StringComparison.Ordinal);
        Assert.Equal(block, error.QuerySelector("pre code")!.TextContent.TrimEnd('\n'));
        Assert.Null(html.QuerySelector("svg"));
    }

    [Fact]
    public async Task Other_fenced_blocks_stay_code() =>
        Assert.Equal("<pre><code class=\"language-csv\">a,b\n</code></pre>", await MarkupFixture.HtmlAsync("```csv\na,b\n```"));

    [Fact]
    public async Task Chart_text_is_escaped()
    {
        var html = await MarkupFixture.HtmlAsync("```chart\nkind: bar\ntitle: <script>x</script>\nA,B\n<b>,1\n```");
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }
}
