using Alliance.Wiki.Core.History;

namespace Alliance.Wiki.Tests.History;

/// <summary>Line diffs with word-level highlights, written as <c>[-deleted-]</c> and <c>{+inserted+}</c>.</summary>
public sealed class DiffSpecs
{
    [Theory]
    [InlineData("The alliance was signed in 1953.", "The alliance was ratified in 1953.", "The alliance was [-signed-] in 1953.", "The alliance was {+ratified+} in 1953.")]
    [InlineData("Seoul and Washington agree.", "Seoul, Tokyo and Washington agree.", "Seoul and Washington agree.", "Seoul{+, Tokyo+} and Washington agree.")]
    [InlineData("A quick brown fox.", "A slow red fox.", "A [-quick brown-] fox.", "A {+slow red+} fox.")]
    [InlineData("주한미군은 평택에 있다.", "주한미군은 용산에 있다.", "주한미군은 [-평택에-] 있다.", "주한미군은 {+용산에+} 있다.")]
    [InlineData("See [[Korean War]].", "See [[Korean Armistice Agreement]].", "See [[Korean [-War-]]].", "See [[Korean {+Armistice Agreement+}]].")]
    public void Word_diff_highlights_only_the_changed_words(string oldLine, string newLine, string expectedOld, string expectedNew)
    {
        var (old, @new, _) = WordDiff.Compare(oldLine, newLine);
        Assert.Equal(expectedOld, Show(old));
        Assert.Equal(expectedNew, Show(@new));
    }

    [Fact]
    public void Word_diff_segments_join_back_into_the_lines()
    {
        const string OldLine = "The 1953 treaty, signed on 1 October, binds both — 한미상호방위조약.";
        const string NewLine = "The treaty (signed 1 October 1953) binds both: 한미동맹.";
        var (old, @new, _) = WordDiff.Compare(OldLine, NewLine);
        Assert.Equal(OldLine, string.Concat(old.Select(s => s.Text)));
        Assert.Equal(NewLine, string.Concat(@new.Select(s => s.Text)));
        Assert.DoesNotContain(old, s => s.Kind == DiffSegmentKind.Inserted);
        Assert.DoesNotContain(@new, s => s.Kind == DiffSegmentKind.Deleted);
    }

    [Fact]
    public void A_changed_word_in_a_line_is_one_changed_row()
    {
        var rows = LineDiff.Compare("one\ntwo words here\nthree\n", "one\ntwo letters here\nthree\n");
        Assert.Equal(["  one", "~ two [-words-] here | two {+letters+} here", "  three"], rows.Select(Show));
        Assert.Equal((2, 2), (rows[1].OldLine, rows[1].NewLine));
    }

    [Fact]
    public void An_added_line_is_inserted_whole_and_numbers_follow_it()
    {
        var rows = LineDiff.Compare("alpha\nbeta\n", "alpha\nnew line\nbeta\n");
        Assert.Equal(["  alpha", "+ {+new line+}", "  beta"], rows.Select(Show));
        Assert.Equal((2, 3), (rows[2].OldLine, rows[2].NewLine));
        Assert.Equal((null, 2), (rows[1].OldLine, rows[1].NewLine));
    }

    [Fact]
    public void A_removed_line_is_deleted_whole()
    {
        var rows = LineDiff.Compare("alpha\ngone\nbeta", "alpha\nbeta");
        Assert.Equal(["  alpha", "- [-gone-]", "  beta"], rows.Select(Show));
        Assert.Equal((2, null), (rows[1].OldLine, rows[1].NewLine));
    }

    [Fact]
    public void An_unrelated_replacement_is_a_removal_and_an_addition_not_an_edit()
    {
        var rows = LineDiff.Compare("keep\nThe Sunshine Policy of engagement\nkeep too", "keep\n1953 armistice: 판문점\nkeep too");
        Assert.Equal(["  keep", "- [-The Sunshine Policy of engagement-]", "+ {+1953 armistice: 판문점+}", "  keep too"], rows.Select(Show));
    }

    [Fact]
    public void An_edited_line_after_an_added_one_is_still_paired_with_its_old_version()
    {
        var rows = LineDiff.Compare("start\nThe DMZ is 4 km wide.\nend", "start\nA new first line.\nThe DMZ is about 4 km wide.\nend");
        Assert.Equal(["  start", "+ {+A new first line.+}", "~ The DMZ is 4 km wide. | The DMZ is {+about +}4 km wide.", "  end"], rows.Select(Show));
    }

    [Fact]
    public void Edited_paragraphs_stay_paired_with_their_old_versions_across_blank_lines()
    {
        var rows = LineDiff.Compare(
            "Alpha lead paragraph.\n\nSecond paragraph about the treaty.",
            "Alpha opening paragraph.\n\nSecond paragraph about the 1953 treaty.\n\nThird <b>paragraph</b> & more.");
        Assert.Equal(
        [
            "~ Alpha [-lead-] paragraph. | Alpha {+opening+} paragraph.",
            "  ",
            "~ Second paragraph about the treaty. | Second paragraph about the {+1953 +}treaty.",
            "+ ",
            "+ {+Third <b>paragraph</b> & more.+}",
        ], rows.Select(Show));
    }

    [Fact]
    public void Unchanged_lines_far_from_a_change_are_skipped_with_their_count()
    {
        var lines = Enumerable.Range(1, 20).Select(i => $"line {i}").ToList();
        var changed = lines.ToList();
        changed[9] = "line ten";
        var rows = LineDiff.Compare(string.Join('\n', lines), string.Join('\n', changed));

        Assert.Equal(DiffRowKind.Skipped, rows[0].Kind);
        Assert.Equal(10 - 1 - LineDiff.Context, rows[0].SkippedLines);
        Assert.Equal(DiffRowKind.Changed, rows[1 + LineDiff.Context].Kind);
        Assert.Equal(DiffRowKind.Skipped, rows[^1].Kind);
        Assert.Equal(20 - 10 - LineDiff.Context, rows[^1].SkippedLines);
        Assert.Equal(1 + LineDiff.Context, rows[^1].OldLine - 10);
    }

    [Fact]
    public void Identical_texts_have_no_changed_rows_and_crlf_does_not_count()
    {
        var rows = LineDiff.Compare("a\r\nb\r\n", "a\nb\n");
        var row = Assert.Single(rows);
        Assert.Equal(DiffRowKind.Skipped, row.Kind);
        Assert.Equal(2, row.SkippedLines);
    }

    private static string Show(DiffRow row) => row.Kind switch
    {
        DiffRowKind.Unchanged => "  " + Show(row.New),
        DiffRowKind.Changed => "~ " + Show(row.Old) + " | " + Show(row.New),
        DiffRowKind.Deleted => "- " + Show(row.Old),
        DiffRowKind.Inserted => "+ " + Show(row.New),
        _ => "… " + row.SkippedLines,
    };

    private static string Show(IEnumerable<DiffSegment> segments) => string.Concat(segments.Select(s => s.Kind switch
    {
        DiffSegmentKind.Deleted => "[-" + s.Text + "-]",
        DiffSegmentKind.Inserted => "{+" + s.Text + "+}",
        _ => s.Text,
    }));
}
