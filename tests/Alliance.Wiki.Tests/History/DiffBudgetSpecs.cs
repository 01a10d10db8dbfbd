using Alliance.Wiki.Core.History;

namespace Alliance.Wiki.Tests.History;

/// <summary>
/// The diff budget: a long changed line, a change of many lines and a long text with a small change are all diffed in
/// linear time, coarser where they must be and saying so, with every row still true to the texts; and a diff stops when
/// the reader leaves.
/// </summary>
public sealed class DiffBudgetSpecs
{
    [Theory]
    [InlineData(80_000)]
    [InlineData(1_900_000)]
    public void A_long_changed_line_is_marked_from_the_first_to_the_last_change_with_a_note(int length)
    {
        var oldLine = string.Concat(Enumerable.Repeat("word ", length / 5));
        var newLine = oldLine[..(length / 2)] + "INSERTED " + oldLine[(length / 2)..];

        var diff = LineDiff.Compare("Lead.\n" + oldLine + "\nEnd.", "Lead.\n" + newLine + "\nEnd.", CancellationToken.None);

        Assert.NotNull(diff.Note);
        var changed = Assert.Single(diff.Rows, r => r.Kind == DiffRowKind.Changed);
        Assert.Equal(oldLine, string.Concat(changed.Old.Select(s => s.Text)));
        Assert.Equal(newLine, string.Concat(changed.New.Select(s => s.Text)));
        Assert.Equal("INSERTED ", Assert.Single(changed.New, s => s.Kind == DiffSegmentKind.Inserted).Text);
        Assert.DoesNotContain(changed.Old, s => s.Kind == DiffSegmentKind.Deleted);
    }

    [Fact]
    public void A_change_of_more_lines_than_the_budget_is_shown_removed_and_added_whole_with_a_note()
    {
        var oldText = string.Join('\n', Enumerable.Range(0, 100_000).Select(i => $"old line {i}"));
        var newText = string.Join('\n', Enumerable.Range(0, 100_000).Select(i => $"new line {i}"));

        var diff = LineDiff.Compare(oldText, newText, CancellationToken.None);

        Assert.Contains("too many to compare line by line", diff.Note, StringComparison.Ordinal);
        var deleted = diff.Rows.Where(r => r.Kind == DiffRowKind.Deleted).ToList();
        var inserted = diff.Rows.Where(r => r.Kind == DiffRowKind.Inserted).ToList();
        Assert.Equal(DiffBudget.MaxShownLines, deleted.Count);
        Assert.Equal(DiffBudget.MaxShownLines, inserted.Count);
        Assert.Equal("old line 7", deleted[7].Old.Single().Text);
        Assert.Equal(8, inserted[7].NewLine);
    }

    [Fact]
    public void A_small_change_in_a_long_text_is_found_line_by_line_without_a_note()
    {
        var lines = Enumerable.Range(0, 200_000).Select(i => $"line {i}").ToArray();
        var oldText = string.Join('\n', lines);
        lines[100_000] = "line 100000, changed";

        var diff = LineDiff.Compare(oldText, string.Join('\n', lines), CancellationToken.None);

        Assert.Null(diff.Note);
        var changed = Assert.Single(diff.Rows, r => r.Kind is not (DiffRowKind.Unchanged or DiffRowKind.Skipped));
        Assert.Equal(DiffRowKind.Changed, changed.Kind);
        Assert.Equal(100_001, changed.OldLine);
        Assert.Equal(100_001, changed.NewLine);
        Assert.Equal(2 * LineDiff.Context, diff.Rows.Count(r => r.Kind == DiffRowKind.Unchanged));
    }

    [Fact]
    public void A_diff_stops_when_the_reader_has_left()
    {
        using var left = new CancellationTokenSource();
        left.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => LineDiff.Compare("one\ntwo\nthree", "one\n2\nthree", left.Token));
    }
}
