namespace Alliance.Wiki.Core.History;

/// <summary>A line diff's rows, and a note when the diff had to be made coarser than line and word (see <see cref="DiffBudget"/>).</summary>
public sealed record LineDiffResult(IReadOnlyList<DiffRow> Rows, string? Note);
