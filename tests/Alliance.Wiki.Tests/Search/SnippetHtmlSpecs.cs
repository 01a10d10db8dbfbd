using Alliance.Wiki.Core.Search;

namespace Alliance.Wiki.Tests.Search;

/// <summary>Passages are escaped first and highlighted second.</summary>
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
}
