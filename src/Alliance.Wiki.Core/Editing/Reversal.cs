namespace Alliance.Wiki.Core.Editing;

/// <summary>
/// What an undo or a restore would save, for the editor to read, preview and save as an ordinary edit.
/// </summary>
/// <param name="Title">The page's title.</param>
/// <param name="RevisionId">The revision undone or restored.</param>
/// <param name="BaseRevisionId">The current revision the text was made from: the edit form's base.</param>
/// <param name="Text">The text to save, or null when later edits changed the same lines and an undo needs a hand.</param>
/// <param name="Summary">The edit summary to offer: "Undo revision N by X" or "Restore revision N".</param>
public sealed record Reversal(string Title, long RevisionId, long BaseRevisionId, string? Text, string Summary)
{
    public const string CannotUndo = "Later edits changed the same lines, so this revision cannot be undone automatically. Edit the page by hand.";
}
