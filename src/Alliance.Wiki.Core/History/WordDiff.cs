using DiffPlex;

namespace Alliance.Wiki.Core.History;

/// <summary>The words that changed between two versions of one line.</summary>
public static class WordDiff
{
    // Runs of these split words apart and are kept as pieces of their own, so joining the pieces gives the line back.
    private static readonly char[] Separators =
    [
        ' ', '\t', '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '<', '>', '"', '\'', '`', '/', '\\', '|', '*', '_',
        '#', '=', '+', '-', '–', '—', '“', '”', '‘', '’', '·', '…', '。', '、', '「', '」',
    ];

    private static readonly Differ Differ = new();

    /// <summary>
    /// The old line as same and deleted segments, the new line as same and inserted segments, and the share of
    /// their visible characters the two lines have in common (0 to 1).
    /// </summary>
    public static (IReadOnlyList<DiffSegment> Old, IReadOnlyList<DiffSegment> New, double Shared) Compare(string oldLine, string newLine)
    {
        ArgumentNullException.ThrowIfNull(oldLine);
        ArgumentNullException.ThrowIfNull(newLine);
        var result = Differ.CreateWordDiffs(oldLine, newLine, false, Separators);
        var old = new List<DiffSegment>();
        var @new = new List<DiffSegment>();
        int oldAt = 0, newAt = 0;
        foreach (var block in result.DiffBlocks)
        {
            Append(old, result.PiecesOld, oldAt, block.DeleteStartA, DiffSegmentKind.Same);
            Append(old, result.PiecesOld, block.DeleteStartA, block.DeleteStartA + block.DeleteCountA, DiffSegmentKind.Deleted);
            Append(@new, result.PiecesNew, newAt, block.InsertStartB, DiffSegmentKind.Same);
            Append(@new, result.PiecesNew, block.InsertStartB, block.InsertStartB + block.InsertCountB, DiffSegmentKind.Inserted);
            oldAt = block.DeleteStartA + block.DeleteCountA;
            newAt = block.InsertStartB + block.InsertCountB;
        }

        Append(old, result.PiecesOld, oldAt, result.PiecesOld.Length, DiffSegmentKind.Same);
        Append(@new, result.PiecesNew, newAt, result.PiecesNew.Length, DiffSegmentKind.Same);
        var visible = Visible(oldLine) + Visible(newLine);
        var shared = visible == 0 ? 1 : 2.0 * old.Where(s => s.Kind == DiffSegmentKind.Same).Sum(s => Visible(s.Text)) / visible;
        return (Tidy(old), Tidy(@new), shared);
    }

    private static void Append(List<DiffSegment> segments, string[] pieces, int from, int to, DiffSegmentKind kind)
    {
        for (var i = from; i < to; i++)
        {
            segments.Add(new DiffSegment(pieces[i], kind));
        }
    }

    /// <summary>Joins neighbours of one kind, and lets the spaces between two changed words be changed too, so "quick brown" reads as one change.</summary>
    private static List<DiffSegment> Tidy(List<DiffSegment> segments)
    {
        var tidy = new List<DiffSegment>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Kind == DiffSegmentKind.Same && string.IsNullOrWhiteSpace(segment.Text) && i > 0 && i + 1 < segments.Count
                && segments[i - 1].Kind != DiffSegmentKind.Same && segments[i + 1].Kind == segments[i - 1].Kind)
            {
                segment = segment with { Kind = segments[i - 1].Kind };
            }

            if (tidy.Count > 0 && tidy[^1].Kind == segment.Kind)
            {
                tidy[^1] = segment with { Text = tidy[^1].Text + segment.Text };
            }
            else if (segment.Text.Length > 0)
            {
                tidy.Add(segment);
            }
        }

        return tidy;
    }

    private static int Visible(string text) => text.Count(c => !char.IsWhiteSpace(c));
}
