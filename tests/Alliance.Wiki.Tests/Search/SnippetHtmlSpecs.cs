using Alliance.Wiki.Core.Search;

namespace Alliance.Wiki.Tests.Search;

/// <summary>Passages: escaped first and highlighted second, marking what the index matched, around the best matches.</summary>
public sealed class SnippetHtmlSpecs
{
    [Fact]
    public void Marks_are_added_after_escaping() =>
        Assert.Equal(
            "&lt;script&gt;alert(1)&lt;/script&gt; signed the <mark>armistice</mark> &amp; <mark>&lt;b&gt;</mark>",
            SnippetHtml.Render("<script>alert(1)</script> signed the armistice & <b>", [(37, 9), (49, 3)]));

    [Fact]
    public void Overlapping_or_outlying_marks_are_ignored() =>
        Assert.Equal("<mark>ab</mark>cd", SnippetHtml.Render("abcd", [(0, 2), (1, 2), (3, 5)]));

    [Theory]
    [InlineData("treaty", "Two <mark>treaties</mark> and a <mark>treaty</mark>; <mark>Treaty</mark>-making.")]
    [InlineData("treat*", "Two <mark>treaties</mark> and a <mark>treaty</mark>; <mark>Treaty</mark>-making.")]
    [InlineData("\"sharing burdens\"", "<mark>Burden</mark> <mark>sharing</mark> and <mark>shared</mark> <mark>burdens</mark>; burdensome.")]
    [InlineData("주한미군 THAAD", "<mark>THAAD</mark> and <mark>주한미군</mark>은 <mark>주한미군</mark>")]
    [InlineData("war -treaty", "Two treaties and a <mark>war</mark>.")]
    public void Words_are_marked_as_the_index_matched_them(string query, string html)
    {
        var text = html.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal);
        Assert.Equal(html, new Highlighter(SearchQuery.Parse(query)).Snippet(text, 200));
    }

    [Fact]
    public void The_passage_is_the_one_with_the_most_different_matches()
    {
        var filler = string.Join(' ', Enumerable.Range(0, 60).Select(i => "word" + i));
        var text = $"Missile tests began. {filler} The missile defense battery. {filler} Defense ends.";
        var snippet = new Highlighter(SearchQuery.Parse("missile defense")).Snippet(text, 120);
        Assert.Contains("The <mark>missile</mark> <mark>defense</mark> battery.", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Length, 100, 200);
    }

    [Fact]
    public void Without_a_match_the_passage_is_the_start_of_the_text() =>
        Assert.Equal("Lead text and…", new Highlighter(SearchQuery.Parse("absent")).Snippet("Lead text and more text that goes on", 10));
}
