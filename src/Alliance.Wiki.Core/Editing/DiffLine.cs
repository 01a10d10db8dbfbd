namespace Alliance.Wiki.Core.Editing;

public sealed record DiffLine(DiffLineKind Kind, string Text);
