using Alliance.Wiki.Core.History;

namespace Alliance.Wiki.Pages;

/// <summary>The model of the inline diff table: its rows and a caption for screen readers.</summary>
public sealed record InlineDiffTable(IReadOnlyList<DiffRow> Rows, string Caption);
