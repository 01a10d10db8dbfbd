namespace Alliance.Wiki.Core.Editing;

/// <summary>What happened to an edit.</summary>
public sealed record EditResult(EditStatus Status, string Title, long? RevisionId = null, string? Message = null, EditConflict? Conflict = null)
{
    public bool IsSaved => Status is EditStatus.Saved or EditStatus.Merged;

    public static EditResult Invalid(string title, string message) => new(EditStatus.Invalid, title, Message: message);
}
