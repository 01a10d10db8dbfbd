namespace Alliance.Wiki.Core.Markup;

/// <summary>One line of an article's table of contents.</summary>
/// <param name="Level">Heading level (2 for a section, 3 for a subsection).</param>
/// <param name="Number">The outline number shown to readers, such as "2.1".</param>
/// <param name="Anchor">The heading's id.</param>
/// <param name="Text">The heading's plain text.</param>
/// <param name="Section">The section index used by <c>/edit/{title}?section=N</c>.</param>
public sealed record TocEntry(int Level, string Number, string Anchor, string Text, int Section);
