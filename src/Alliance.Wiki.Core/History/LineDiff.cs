using Alliance.Wiki.Core.Markup;
using DiffPlex;
using DiffPlex.Model;

namespace Alliance.Wiki.Core.History;

/// <summary>
/// A line diff of two texts with word-level highlights inside the lines edited in place. Unchanged lines far from
/// any change are left out as skipped rows.
/// </summary>
public static class LineDiff
{
    /// <summary>Unchanged lines kept on each side of a change.</summary>
    public const int Context = 3;

    // An old and a new line sharing less than this of their visible characters read better as one removed and one added.
    private const double PairingThreshold = 0.3;

    // How far ahead among the added lines an edited line's new version is looked for.
    private const int PairingWindow = 8;

    private static readonly Differ Differ = new();

    public static IReadOnlyList<DiffRow> Compare(string oldText, string newText) => Compare(oldText, newText, CancellationToken.None).Rows;

    /// <summary>The diff within the <see cref="DiffBudget"/>; the work stops when <paramref name="cancellationToken"/> is cancelled (the reader left).</summary>
    public static LineDiffResult Compare(string oldText, string newText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var budget = new DiffBudget(cancellationToken);
        var (oldLines, newLines) = (Lines(oldText), Lines(newText));

        // Only the middle between the common first and last lines is diffed: the cost is in what changed, not in the text's length.
        var head = 0;
        while (head < oldLines.Length && head < newLines.Length && oldLines[head] == newLines[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < oldLines.Length - head && tail < newLines.Length - head && oldLines[^(tail + 1)] == newLines[^(tail + 1)])
        {
            tail++;
        }

        var (oldEnd, newEnd) = (oldLines.Length - tail, newLines.Length - tail);
        var rows = new List<DiffRow>();
        for (var i = 0; i < head; i++)
        {
            rows.Add(Unchanged(oldLines[i], i, i));
        }

        if (oldEnd - head + newEnd - head > DiffBudget.MaxLines)
        {
            budget.TooManyLines(oldEnd - head, newEnd - head);
            Whole(rows, oldLines, head, oldEnd, DiffRowKind.Deleted);
            Whole(rows, newLines, head, newEnd, DiffRowKind.Inserted);
        }
        else
        {
            Middle(rows, budget, oldLines, newLines, head, oldEnd, newEnd);
        }

        for (var i = 0; i < tail; i++)
        {
            rows.Add(Unchanged(oldLines[oldEnd + i], oldEnd + i, newEnd + i));
        }

        return new LineDiffResult(Collapse(rows), budget.Note);
    }

    /// <summary>The rows of the changed middle, from DiffPlex's line diff of it.</summary>
    private static void Middle(List<DiffRow> rows, DiffBudget budget, string[] oldLines, string[] newLines, int head, int oldEnd, int newEnd)
    {
        var (oldMiddle, newMiddle) = (oldLines[head..oldEnd], newLines[head..newEnd]);
        // DiffPlex splits texts with the chunker it is given: hand it the lines already split, told apart by a marker.
        var result = Differ.CreateCustomDiffs("old", "new", false, which => which == "old" ? oldMiddle : newMiddle);
        int oldAt = head, newAt = head;
        foreach (var (oldStart, changeOldEnd, newStart, changeNewEnd) in Changes(result.DiffBlocks, oldLines, head))
        {
            for (; oldAt < oldStart; oldAt++, newAt++)
            {
                rows.Add(Unchanged(oldLines[oldAt], oldAt, newAt));
            }

            Pair(rows, budget, oldLines, oldStart, changeOldEnd, newLines, newStart, changeNewEnd);
            oldAt = changeOldEnd;
            newAt = changeNewEnd;
        }

        for (; oldAt < oldEnd; oldAt++, newAt++)
        {
            rows.Add(Unchanged(oldLines[oldAt], oldAt, newAt));
        }
    }

    /// <summary>A changed part too large to compare, shown removed or added whole, up to <see cref="DiffBudget.MaxShownLines"/> lines.</summary>
    private static void Whole(List<DiffRow> rows, string[] lines, int from, int to, DiffRowKind kind)
    {
        for (var i = from; i < Math.Min(to, from + DiffBudget.MaxShownLines); i++)
        {
            rows.Add(kind == DiffRowKind.Deleted
                ? new DiffRow(kind, i + 1, null, Whole(lines[i], DiffSegmentKind.Deleted), [])
                : new DiffRow(kind, null, i + 1, [], Whole(lines[i], DiffSegmentKind.Inserted)));
        }
    }

    /// <summary>The lines of a text; a final line break ends the last line rather than starting an empty one.</summary>
    public static string[] Lines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normal = TextLines.Normalize(text);
        if (normal.Length == 0)
        {
            return [];
        }

        return (normal.EndsWith('\n') ? normal[..^1] : normal).Split('\n');
    }

    /// <summary>
    /// The changed ranges (old start and end, new start and end), with neighbours joined when only blank lines stand
    /// between them: a blank line is a poor anchor, and matching it can pull an edited paragraph away from its old version.
    /// </summary>
    private static List<(int OldStart, int OldEnd, int NewStart, int NewEnd)> Changes(IList<DiffBlock> blocks, string[] oldLines, int offset)
    {
        var changes = new List<(int OldStart, int OldEnd, int NewStart, int NewEnd)>(blocks.Count);
        foreach (var block in blocks)
        {
            var (oldStart, newStart) = (offset + block.DeleteStartA, offset + block.InsertStartB);
            var (oldEnd, newEnd) = (oldStart + block.DeleteCountA, newStart + block.InsertCountB);
            if (changes.Count > 0 && oldLines[changes[^1].OldEnd..oldStart].All(string.IsNullOrWhiteSpace))
            {
                changes[^1] = (changes[^1].OldStart, oldEnd, changes[^1].NewStart, newEnd);
            }
            else
            {
                changes.Add((oldStart, oldEnd, newStart, newEnd));
            }
        }

        return changes;
    }

    /// <summary>Matches each removed line with the added line most like it, in order; the rest are plain removals and additions.</summary>
    private static void Pair(List<DiffRow> rows, DiffBudget budget, string[] oldLines, int oldStart, int oldEnd, string[] newLines, int newStart, int newEnd)
    {
        var next = newStart;
        for (var i = oldStart; i < oldEnd; i++)
        {
            budget.CancellationToken.ThrowIfCancellationRequested();
            var edit = FindEdit(budget, oldLines, i, newLines, next, Math.Min(newEnd, next + PairingWindow));
            if (edit is null)
            {
                rows.Add(new DiffRow(DiffRowKind.Deleted, i + 1, null, Whole(oldLines[i], DiffSegmentKind.Deleted), []));
                continue;
            }

            var (match, edited) = edit.Value;

            for (; next < match; next++)
            {
                rows.Add(Inserted(newLines, next));
            }

            rows.Add(edited);
            next = match + 1;
        }

        for (; next < newEnd; next++)
        {
            rows.Add(Inserted(newLines, next));
        }
    }

    /// <summary>The added line in the range most like the old line, as an unchanged or changed row; null when none is like it.</summary>
    private static (int Index, DiffRow Row)? FindEdit(DiffBudget budget, string[] oldLines, int oldIndex, string[] newLines, int from, int to)
    {
        (int Index, DiffRow Row)? best = null;
        var bestShared = PairingThreshold;
        for (var j = from; j < to; j++)
        {
            if (oldLines[oldIndex] == newLines[j])
            {
                return (j, Unchanged(oldLines[oldIndex], oldIndex, j));
            }

            var words = budget.Lines(oldLines[oldIndex], newLines[j]);
            if (words.Shared >= bestShared && (best is null || words.Shared > bestShared))
            {
                best = (j, new DiffRow(DiffRowKind.Changed, oldIndex + 1, j + 1, words.Old, words.New));
                bestShared = words.Shared;
            }
        }

        return best;
    }

    private static List<DiffRow> Collapse(List<DiffRow> rows)
    {
        var kept = new List<DiffRow>(rows.Count);
        var i = 0;
        while (i < rows.Count)
        {
            if (rows[i].Kind != DiffRowKind.Unchanged)
            {
                kept.Add(rows[i++]);
                continue;
            }

            var end = i;
            while (end < rows.Count && rows[end].Kind == DiffRowKind.Unchanged)
            {
                end++;
            }

            var head = i == 0 ? 0 : Context;
            var tail = end == rows.Count ? 0 : Context;
            if (end - i <= head + tail)
            {
                kept.AddRange(rows.Skip(i).Take(end - i));
            }
            else
            {
                kept.AddRange(rows.Skip(i).Take(head));
                var first = rows[i + head];
                kept.Add(new DiffRow(DiffRowKind.Skipped, first.OldLine, first.NewLine, [], [], end - i - head - tail));
                kept.AddRange(rows.Skip(end - tail).Take(tail));
            }

            i = end;
        }

        return kept;
    }

    private static DiffRow Unchanged(string line, int oldIndex, int newIndex)
    {
        var same = Whole(line, DiffSegmentKind.Same);
        return new DiffRow(DiffRowKind.Unchanged, oldIndex + 1, newIndex + 1, same, same);
    }

    private static DiffRow Inserted(string[] newLines, int index) =>
        new(DiffRowKind.Inserted, null, index + 1, [], Whole(newLines[index], DiffSegmentKind.Inserted));

    private static DiffSegment[] Whole(string line, DiffSegmentKind kind) => line.Length == 0 ? [] : [new DiffSegment(line, kind)];
}
