namespace Alliance.Wiki.Core.History;

/// <summary>
/// One row of a line diff. <see cref="Old"/> holds the old line's segments (same or deleted), <see cref="New"/> the
/// new line's (same or inserted); a side the row does not have is empty and its line number null.
/// </summary>
/// <param name="Kind">What the row shows.</param>
/// <param name="OldLine">The 1-based line number in the old text.</param>
/// <param name="NewLine">The 1-based line number in the new text.</param>
/// <param name="Old">The old line, in segments.</param>
/// <param name="New">The new line, in segments.</param>
/// <param name="SkippedLines">For a skipped row, how many unchanged lines it stands for.</param>
public sealed record DiffRow(
    DiffRowKind Kind,
    int? OldLine,
    int? NewLine,
    IReadOnlyList<DiffSegment> Old,
    IReadOnlyList<DiffSegment> New,
    int SkippedLines = 0);
