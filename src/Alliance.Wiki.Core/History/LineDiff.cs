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

    public static IReadOnlyList<DiffRow> Compare(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var result = Differ.CreateCustomDiffs(oldText, newText, false, Lines);
        var rows = new List<DiffRow>();
        int oldAt = 0, newAt = 0;
        foreach (var (oldStart, oldEnd, newStart, newEnd) in Changes(result.DiffBlocks, result.PiecesOld))
        {
            for (; oldAt < oldStart; oldAt++, newAt++)
            {
                rows.Add(Unchanged(result.PiecesOld[oldAt], oldAt, newAt));
            }

            Pair(rows, result.PiecesOld, oldStart, oldEnd, result.PiecesNew, newStart, newEnd);
            oldAt = oldEnd;
            newAt = newEnd;
        }

        for (; oldAt < result.PiecesOld.Length; oldAt++, newAt++)
        {
            rows.Add(Unchanged(result.PiecesOld[oldAt], oldAt, newAt));
        }

        return Collapse(rows);
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
    private static List<(int OldStart, int OldEnd, int NewStart, int NewEnd)> Changes(IList<DiffBlock> blocks, string[] oldLines)
    {
        var changes = new List<(int OldStart, int OldEnd, int NewStart, int NewEnd)>(blocks.Count);
        foreach (var block in blocks)
        {
            var (oldEnd, newEnd) = (block.DeleteStartA + block.DeleteCountA, block.InsertStartB + block.InsertCountB);
            if (changes.Count > 0 && oldLines[changes[^1].OldEnd..block.DeleteStartA].All(string.IsNullOrWhiteSpace))
            {
                changes[^1] = (changes[^1].OldStart, oldEnd, changes[^1].NewStart, newEnd);
            }
            else
            {
                changes.Add((block.DeleteStartA, oldEnd, block.InsertStartB, newEnd));
            }
        }

        return changes;
    }

    /// <summary>Matches each removed line with the added line most like it, in order; the rest are plain removals and additions.</summary>
    private static void Pair(List<DiffRow> rows, string[] oldLines, int oldStart, int oldEnd, string[] newLines, int newStart, int newEnd)
    {
        var next = newStart;
        for (var i = oldStart; i < oldEnd; i++)
        {
            var edit = FindEdit(oldLines, i, newLines, next, Math.Min(newEnd, next + PairingWindow));
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
    private static (int Index, DiffRow Row)? FindEdit(string[] oldLines, int oldIndex, string[] newLines, int from, int to)
    {
        (int Index, DiffRow Row)? best = null;
        var bestShared = PairingThreshold;
        for (var j = from; j < to; j++)
        {
            if (oldLines[oldIndex] == newLines[j])
            {
                return (j, Unchanged(oldLines[oldIndex], oldIndex, j));
            }

            var words = WordDiff.Compare(oldLines[oldIndex], newLines[j]);
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
