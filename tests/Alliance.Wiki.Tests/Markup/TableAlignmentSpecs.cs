namespace Alliance.Wiki.Tests.Markup;

/// <summary>Pipe-table alignment comes out as classes the stylesheet styles, never as style attributes the CSP would block.</summary>
public sealed class TableAlignmentSpecs
{
    [Fact]
    public async Task Column_alignment_is_rendered_as_classes_without_style_attributes()
    {
        var html = await MarkupFixture.HtmlAsync("| Year | Event | Troops |\n|:-----|:-----:|-------:|\n| 1953 | Treaty | 28,500 |");

        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"align-left\">Year</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"align-center\">Event</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"align-right\">28,500</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_column_without_alignment_gets_no_class()
    {
        var html = await MarkupFixture.HtmlAsync("| A | B |\n|---|--:|\n| 1 | 2 |");

        Assert.Contains("<td>1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"align-right\">2</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stylesheet_styles_every_alignment_class()
    {
        var css = File.ReadAllText(Path.Combine(Support.RepositoryPaths.Root, "src", "Alliance.Wiki", "wwwroot", "css", "wiki.css"));

        foreach (var alignment in new[] { "left", "center", "right" })
        {
            Assert.Contains($".align-{alignment} {{ text-align: {alignment}; }}", css, StringComparison.Ordinal);
        }
    }
}
