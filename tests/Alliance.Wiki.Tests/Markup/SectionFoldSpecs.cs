using Alliance.Wiki.Core.Articles;

namespace Alliance.Wiki.Tests.Markup;

/// <summary>What <see cref="SectionFolds"/> makes of rendered articles: top-level sections fold, nothing else moves.</summary>
public sealed class SectionFoldSpecs
{
    private const string Toggle = "<details class=\"section-fold\" open><summary class=\"section-fold-toggle\"><span class=\"fold-hide\">Hide</span><span class=\"fold-show\">Show</span></summary>\n";

    [Fact]
    public void Each_top_level_section_folds_after_its_heading_which_keeps_its_id()
    {
        var html = "<h2 id=\"a\">A</h2>\n<p>One.</p>\n<h3 id=\"a1\">A1</h3>\n<p>Two.</p>\n<h2 id=\"b\">B <span class=\"editsection\">[<a href=\"/edit/X?section=2\">edit</a>]</span></h2>\n<p>Three.</p>\n";
        Assert.Equal(
            "<h2 id=\"a\">A</h2>\n" + Toggle + "<p>One.</p>\n<h3 id=\"a1\">A1</h3>\n<p>Two.</p>\n</details>\n"
            + "<h2 id=\"b\">B <span class=\"editsection\">[<a href=\"/edit/X?section=2\">edit</a>]</span></h2>\n" + Toggle + "<p>Three.</p>\n</details>\n",
            SectionFolds.Wrap(html, "Hide", "Show"));
    }

    [Fact]
    public void A_heading_inside_a_block_and_the_timeline_and_notes_stay_outside_any_fold()
    {
        var html = "<h2 id=\"a\">A</h2>\n<blockquote>\n<h2 id=\"q\">Quoted</h2>\n</blockquote>\n"
            + "<section class=\"article-timeline\"><h2 id=\"timeline\">Timeline</h2><ol><li>1953</li></ol></section>\n"
            + "<div class=\"footnotes\"><ol><li id=\"fn:1\">Note.</li></ol></div>\n";
        var wrapped = SectionFolds.Wrap(html, "Hide", "Show");
        Assert.Equal(
            "<h2 id=\"a\">A</h2>\n" + Toggle + "<blockquote>\n<h2 id=\"q\">Quoted</h2>\n</blockquote>\n</details>\n"
            + "<section class=\"article-timeline\"><h2 id=\"timeline\">Timeline</h2><ol><li>1953</li></ol></section>\n"
            + "<div class=\"footnotes\"><ol><li id=\"fn:1\">Note.</li></ol></div>\n",
            wrapped);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<p>Only a lead.</p>")]
    [InlineData("<h2 id=\"a\">A</h2>\n<h2 id=\"b\">B</h2>\n")]
    public void Without_section_text_nothing_is_wrapped(string html) =>
        Assert.Equal(html, SectionFolds.Wrap(html, "Hide", "Show"));

    [Fact]
    public void The_labels_are_escaped() =>
        Assert.Contains("<span class=\"fold-hide\">&lt;b&gt;</span>", SectionFolds.Wrap("<h2 id=\"a\">A</h2><p>x</p>", "<b>", "Show"), StringComparison.Ordinal);
}
