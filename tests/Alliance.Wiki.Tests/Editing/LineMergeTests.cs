using Alliance.Wiki.Core.Editing;

namespace Alliance.Wiki.Tests.Editing;

public sealed class LineMergeTests
{
    private const string Base = "one\ntwo\nthree\nfour\nfive\n";

    [Fact]
    public void Changes_to_different_lines_both_stay()
    {
        var result = LineMerge.Merge(Base, "ONE\ntwo\nthree\nfour\nfive\n", "one\ntwo\nthree\nfour\nFIVE\n");
        Assert.True(result.IsClean);
        Assert.Equal("ONE\ntwo\nthree\nfour\nFIVE\n", result.Text);
    }

    [Fact]
    public void Changes_to_the_same_line_conflict()
    {
        var result = LineMerge.Merge(Base, "one\nTWO (mine)\nthree\nfour\nfive\n", "one\nTWO (theirs)\nthree\nfour\nfive\n");
        Assert.False(result.IsClean);
        Assert.Null(result.Text);
        Assert.Equal(1, result.Conflicts);
    }

    [Fact]
    public void The_same_change_on_both_sides_merges_once()
    {
        var both = "one\ntwo\nTHREE\nfour\nfive\n";
        var result = LineMerge.Merge(Base, both, both);
        Assert.Equal(both, result.Text);
    }

    [Fact]
    public void Insertions_at_different_places_both_stay()
    {
        var result = LineMerge.Merge(Base, "zero\none\ntwo\nthree\nfour\nfive\n", "one\ntwo\nthree\nfour\nfive\nsix\n");
        Assert.Equal("zero\none\ntwo\nthree\nfour\nfive\nsix\n", result.Text);
    }

    [Fact]
    public void Different_insertions_at_the_same_place_conflict() =>
        Assert.False(LineMerge.Merge(Base, "one\nmine\ntwo\nthree\nfour\nfive\n", "one\ntheirs\ntwo\nthree\nfour\nfive\n").IsClean);

    [Fact]
    public void A_deletion_and_an_edit_elsewhere_both_apply()
    {
        var result = LineMerge.Merge(Base, "one\nthree\nfour\nfive\n", "one\ntwo\nthree\nFOUR\nfive\n");
        Assert.Equal("one\nthree\nFOUR\nfive\n", result.Text);
    }

    [Fact]
    public void A_deletion_against_an_edit_of_the_same_line_conflicts() =>
        Assert.False(LineMerge.Merge(Base, "one\nthree\nfour\nfive\n", "one\nTWO\nthree\nfour\nfive\n").IsClean);

    [Fact]
    public void One_side_unchanged_takes_the_other() =>
        Assert.Equal("a\nb\n", LineMerge.Merge(Base, Base, "a\nb\n").Text);
}
