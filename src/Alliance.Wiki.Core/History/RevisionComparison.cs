namespace Alliance.Wiki.Core.History;

/// <summary>
/// Two revisions of one page, the older first, and the line diff between them; with the neighbouring single-edit
/// diffs ("older edit": the older revision against its parent, "newer edit": the newer one against its child).
/// <see cref="Note"/> says how the diff was made coarser when it was too large to compare line by line and word by word.
/// </summary>
public sealed record RevisionComparison(
    RevisionChange From,
    RevisionChange To,
    IReadOnlyList<DiffRow> Rows,
    (long From, long To)? OlderEdit,
    (long From, long To)? NewerEdit,
    string? Note = null)
{
    public bool HasChanges => Rows.Any(r => r.Kind is not (DiffRowKind.Unchanged or DiffRowKind.Skipped));
}
