using System.Globalization;

namespace Alliance.Wiki.Core.History;

/// <summary>
/// How much work one comparison may do. DiffPlex's diffs cost about (n + m) × d, quadratic when much changed: a line
/// diff is only run on the changed middle of the texts, up to <see cref="MaxLines"/> lines, and a word diff only on
/// lines up to <see cref="MaxWordDiffLength"/> characters, up to <see cref="MaxWordDiffWork"/> characters in all. Past
/// them the diff is coarser (whole lines, or the common start and end of a line) and says so in <see cref="Note"/>.
/// </summary>
public sealed class DiffBudget(CancellationToken cancellationToken)
{
    /// <summary>Changed lines, old and new together, compared line by line.</summary>
    public const int MaxLines = 4_000;

    /// <summary>Lines shown on each side when the change is too large to compare line by line.</summary>
    public const int MaxShownLines = 2_000;

    /// <summary>The longest pair of lines (old and new together) compared word by word.</summary>
    public const int MaxWordDiffLength = 4_000;

    /// <summary>Characters compared word by word in one diff.</summary>
    public const int MaxWordDiffWork = 200_000;

    private int _wordWork;

    /// <summary>What the reader should know about a diff that was made coarser; null when it was not.</summary>
    public string? Note { get; private set; }

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Notes that the changed part, of this many lines, is shown whole instead of compared line by line.</summary>
    public void TooManyLines(int oldLines, int newLines)
    {
        var shown = oldLines > MaxShownLines || newLines > MaxShownLines
            ? string.Create(CultureInfo.InvariantCulture, $" (the first {MaxShownLines:N0} of each side)")
            : string.Empty;
        Note = string.Create(CultureInfo.InvariantCulture,
            $"The change spans {oldLines:N0} old and {newLines:N0} new lines, too many to compare line by line: the changed part is shown removed and added whole{shown}.");
    }

    /// <summary>Two versions of a line, word by word while the budget lasts; after that, by their common start and end.</summary>
    public (IReadOnlyList<DiffSegment> Old, IReadOnlyList<DiffSegment> New, double Shared) Lines(string oldLine, string newLine)
    {
        ArgumentNullException.ThrowIfNull(oldLine);
        ArgumentNullException.ThrowIfNull(newLine);
        cancellationToken.ThrowIfCancellationRequested();
        var length = oldLine.Length + newLine.Length;
        if (length <= MaxWordDiffLength && _wordWork + length <= MaxWordDiffWork)
        {
            _wordWork += length;
            return WordDiff.Compare(oldLine, newLine);
        }

        Note ??= "Some lines are long or many: their changes are marked from the first to the last changed character, not word by word.";
        return Ends(oldLine, newLine);
    }

    /// <summary>The common start and end of two lines kept, the middle marked as changed: linear in their length.</summary>
    private static (IReadOnlyList<DiffSegment> Old, IReadOnlyList<DiffSegment> New, double Shared) Ends(string oldLine, string newLine)
    {
        var head = oldLine.AsSpan().CommonPrefixLength(newLine);
        var room = Math.Min(oldLine.Length, newLine.Length) - head;
        var tail = 0;
        while (tail < room && oldLine[^(tail + 1)] == newLine[^(tail + 1)])
        {
            tail++;
        }

        var shared = oldLine.Length + newLine.Length == 0 ? 1 : 2.0 * (head + tail) / (oldLine.Length + newLine.Length);
        return (Segments(oldLine, head, tail, DiffSegmentKind.Deleted), Segments(newLine, head, tail, DiffSegmentKind.Inserted), shared);
    }

    private static List<DiffSegment> Segments(string line, int head, int tail, DiffSegmentKind changed)
    {
        var segments = new List<DiffSegment>(3);
        if (head > 0)
        {
            segments.Add(new DiffSegment(line[..head], DiffSegmentKind.Same));
        }

        if (line.Length - head - tail > 0)
        {
            segments.Add(new DiffSegment(line[head..^tail], changed));
        }

        if (tail > 0)
        {
            segments.Add(new DiffSegment(line[^tail..], DiffSegmentKind.Same));
        }

        return segments;
    }
}
