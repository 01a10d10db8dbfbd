using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.History;
using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Tests.History;

/// <summary>Which revision last changed each paragraph, fed revisions from the current one backwards.</summary>
public sealed class ParagraphBlameSpecs
{
    [Fact]
    public void Paragraphs_are_blocks_between_blank_lines_after_the_front_matter()
    {
        var paragraphs = ParagraphBlame.Paragraphs("---\naliases: []\nsummary: S.\n---\nLead line one\nline two  \n\n\n## Heading\n\nLast.\n");
        Assert.Equal(["---\naliases: []\nsummary: S.\n---", "Lead line one\nline two", "## Heading", "Last."], paragraphs);
    }

    [Fact]
    public void Each_paragraph_goes_to_the_revision_that_last_changed_it()
    {
        var blame = Blame(
            ("ann", "Alpha.\n\nBeta.\n\nGamma."),
            ("bob", "Alpha.\n\nBeta, revised.\n\nGamma."),
            ("cho", "Alpha.\n\nBeta, revised.\n\nGamma.\n\nDelta, added."));
        Assert.Equal(["Alpha.:ann", "Beta, revised.:bob", "Gamma.:ann", "Delta, added.:cho"], blame);
    }

    [Fact]
    public void A_paragraph_changed_and_changed_back_goes_to_the_revision_that_restored_it()
    {
        var blame = Blame(
            ("ann", "One.\n\nTwo."),
            ("bob", "One.\n\nTwo, vandalised."),
            ("cho", "One.\n\nTwo."));
        Assert.Equal(["One.:ann", "Two.:cho"], blame);
    }

    [Fact]
    public void A_moved_paragraph_keeps_its_author()
    {
        var blame = Blame(
            ("ann", "First.\n\nSecond.\n\nThird."),
            ("bob", "Third.\n\nFirst.\n\nSecond."));
        Assert.Equal(["Third.:ann", "First.:ann", "Second.:ann"], blame);
    }

    [Fact]
    public void Hangul_paragraphs_are_compared_exactly()
    {
        var blame = Blame(
            ("민수", "한미동맹은 1953년에 시작되었다.\n\n주한미군은 평택에 있다."),
            ("지영", "한미동맹은 1953년에 시작되었다.\n\n주한미군은 평택에 주둔한다."));
        Assert.Equal(["한미동맹은 1953년에 시작되었다.:민수", "주한미군은 평택에 주둔한다.:지영"], blame);
    }

    [Fact]
    public void A_second_copy_of_a_paragraph_belongs_to_whoever_added_it()
    {
        var blame = Blame(
            ("ann", "Same.\n\nOther."),
            ("bob", "Same.\n\nOther.\n\nSame."));
        Assert.Equal(["Same.:ann", "Other.:ann", "Same.:bob"], blame);
    }

    [Fact]
    public void Blame_settles_once_every_paragraph_has_changed_since()
    {
        var blame = new ParagraphBlame(Revision(3, "cho"), "New.");
        Assert.False(blame.IsSettled);
        blame.Older(Revision(2, "bob"), "Old.");
        Assert.True(blame.IsSettled);
        blame.Older(Revision(1, "ann"), "New.");
        Assert.Equal("cho", Assert.Single(blame.Result).Revision.Author);
    }

    /// <summary>Blames the last of the revisions (oldest first) and shows each paragraph as "text:author".</summary>
    private static List<string> Blame(params (string Author, string Text)[] revisions)
    {
        var newest = revisions.Length - 1;
        var blame = new ParagraphBlame(Revision(newest + 1, revisions[newest].Author), revisions[newest].Text);
        for (var i = newest - 1; i >= 0; i--)
        {
            blame.Older(Revision(i + 1, revisions[i].Author), revisions[i].Text);
        }

        return blame.Result.Select(p => p.Text + ":" + p.Revision.Author).ToList();
    }

    private static RevisionInfo Revision(long id, string author) =>
        new(id, 1, id > 1 ? id - 1 : null, author, string.Empty, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(id), 10, false, RevisionOrigin.Editor);
}
