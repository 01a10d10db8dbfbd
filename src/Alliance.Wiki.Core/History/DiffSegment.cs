namespace Alliance.Wiki.Core.History;

/// <summary>A run of a line's text, plain or highlighted; pages render it, encoded, as text, <c>del</c> or <c>ins</c>.</summary>
public sealed record DiffSegment(string Text, DiffSegmentKind Kind);
