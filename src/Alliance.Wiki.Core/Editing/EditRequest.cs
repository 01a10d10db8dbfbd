namespace Alliance.Wiki.Core.Editing;

/// <summary>An editor's save: the text (the whole article, or section N), the revision it was based on, and who saves.</summary>
/// <param name="Title">The page, by title or alias; a missing title creates the page.</param>
/// <param name="Text">The whole revision text (front matter and body), or the text of one section.</param>
/// <param name="Section">The section edited, or null for the whole article.</param>
/// <param name="BaseRevisionId">The revision the editor started from; null only when creating a page.</param>
/// <param name="Comment">The edit summary.</param>
/// <param name="IsMinor">The editor marked the edit minor.</param>
/// <param name="Author">The signed-in user's name, never a form field.</param>
/// <param name="MayEditProtected">The author is an admin.</param>
public sealed record EditRequest(string Title, string Text, int? Section, long? BaseRevisionId, string Comment, bool IsMinor, string Author, bool MayEditProtected);
