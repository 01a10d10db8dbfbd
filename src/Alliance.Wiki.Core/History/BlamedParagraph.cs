using Alliance.Wiki.Core.Articles;

namespace Alliance.Wiki.Core.History;

/// <summary>A paragraph of the current text and the revision that last changed it.</summary>
public sealed record BlamedParagraph(string Text, RevisionInfo Revision);
