using Alliance.Wiki.Core.Markup;
using DiffPlex;

namespace Alliance.Wiki.Core.Editing;

/// <summary>
/// A three-way merge on lines. Changes from the two sides that touch different lines of the base are both kept;
/// where they touch the same lines they must be identical, or the region is a conflict.
/// </summary>
public static class LineMerge
{
    public static MergeResult Merge(string baseText, string mine, string theirs)
    {
        var baseLines = Split(baseText);
        var hunks = Hunks(baseLines, Split(mine), Side.Mine).Concat(Hunks(baseLines, Split(theirs), Side.Theirs))
            .OrderBy(h => h.Start).ThenBy(h => h.End).ToList();
        var output = new List<string>();
        var cursor = 0;
        var conflicts = 0;
        var i = 0;
        while (i < hunks.Count)
        {
            // A group: hunks whose base ranges overlap (or insert at the same point) must be resolved together.
            var group = new List<Hunk> { hunks[i] };
            var groupEnd = hunks[i].End;
            i++;
            while (i < hunks.Count && Overlaps(hunks[i], group[0].Start, groupEnd))
            {
                group.Add(hunks[i]);
                groupEnd = Math.Max(groupEnd, hunks[i].End);
                i++;
            }

            var groupStart = group.Min(h => h.Start);
            output.AddRange(baseLines[cursor..groupStart]);
            var mineVersion = Apply(baseLines, groupStart, groupEnd, group.Where(h => h.Side == Side.Mine));
            var theirsVersion = Apply(baseLines, groupStart, groupEnd, group.Where(h => h.Side == Side.Theirs));
            var sides = group.Select(h => h.Side).Distinct().Count();
            if (sides == 1 || mineVersion.SequenceEqual(theirsVersion))
            {
                output.AddRange(group[0].Side == Side.Mine ? mineVersion : theirsVersion);
            }
            else
            {
                conflicts++;
            }

            cursor = groupEnd;
        }

        output.AddRange(baseLines[cursor..]);
        return conflicts == 0 ? new MergeResult(string.Join('\n', output), 0) : new MergeResult(null, conflicts);
    }

    private static bool Overlaps(Hunk hunk, int start, int end) =>
        hunk.Start < end || (hunk.Start == end && (hunk.Start == hunk.End || start == end));

    private static List<string> Apply(string[] baseLines, int start, int end, IEnumerable<Hunk> hunks)
    {
        var result = new List<string>();
        var cursor = start;
        foreach (var hunk in hunks.OrderBy(h => h.Start))
        {
            result.AddRange(baseLines[cursor..hunk.Start]);
            result.AddRange(hunk.Lines);
            cursor = hunk.End;
        }

        result.AddRange(baseLines[cursor..end]);
        return result;
    }

    private static IEnumerable<Hunk> Hunks(string[] baseLines, string[] other, Side side)
    {
        var diff = new Differ().CreateLineDiffs(string.Join('\n', baseLines), string.Join('\n', other), ignoreWhitespace: false);
        return diff.DiffBlocks.Select(b => new Hunk(
            b.DeleteStartA,
            b.DeleteStartA + b.DeleteCountA,
            diff.PiecesNew.Skip(b.InsertStartB).Take(b.InsertCountB).ToArray(),
            side));
    }

    private static string[] Split(string text) => TextLines.Split(text);

    private enum Side
    {
        Mine,
        Theirs,
    }

    private sealed record Hunk(int Start, int End, string[] Lines, Side Side);
}
