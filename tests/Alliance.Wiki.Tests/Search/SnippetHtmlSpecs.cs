using Alliance.Wiki.Core.Search;

namespace Alliance.Wiki.Tests.Search;

/// <summary>Snippets are escaped first and highlighted second: article text never becomes markup.</summary>
public sealed class SnippetHtmlSpecs
{
    private const char O = SnippetHtml.Open;
    private const char C = SnippetHtml.Close;

    [Fact]
    public void Matches_are_marked_and_everything_else_escaped() =>
        Assert.Equal(
            "&lt;script&gt;alert(1)&lt;/script&gt; signed the <mark>armistice</mark> &amp; <mark>&lt;b&gt;</mark>",
            SnippetHtml.Render($"<script>alert(1)</script> signed the {O}armistice{C} & {O}<b>{C}", []));

    [Fact]
    public void Indexed_text_cannot_hold_a_forged_marker() =>
        Assert.Equal("a   b   c", SnippetHtml.Clean($"a {O} b {C} c"));

    [Fact]
    public void Unbalanced_markers_still_give_balanced_tags()
    {
        var html = SnippetHtml.Render($"{O}open {O}twice{C}{C} and {O}never closed", []);
        Assert.Equal(html.Split("<mark>").Length, html.Split("</mark>").Length);
        Assert.DoesNotContain(O.ToString(), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Hangul_terms_are_highlighted_in_unmarked_text() =>
        Assert.Equal(
            "<mark>주한미군</mark>은 &lt;평택&gt; / <mark>THAAD</mark> <mark>주한미군</mark>",
            SnippetHtml.Render($"주한미군은 <평택> / {O}THAAD{C} 주한미군", ["주한미군"]));

    [Fact]
    public void A_window_centres_on_the_first_match_and_cuts_on_words()
    {
        var text = string.Join(' ', Enumerable.Range(0, 200).Select(i => "word" + i)) + " 주한미군은 " + string.Join(' ', Enumerable.Range(0, 200).Select(i => "tail" + i));
        var window = SnippetHtml.Window(text, ["주한미군"], 120);
        Assert.StartsWith("…word", window, StringComparison.Ordinal);
        Assert.EndsWith("…", window);
        Assert.Contains("주한미군은", window, StringComparison.Ordinal);
        Assert.InRange(window.Length, 100, 150);
        Assert.StartsWith("word0 word1", SnippetHtml.Window(text, ["absent"], 120), StringComparison.Ordinal);
    }
}
