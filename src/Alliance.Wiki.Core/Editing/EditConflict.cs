namespace Alliance.Wiki.Core.Editing;

/// <summary>Both texts of an edit conflict, whole: the editor's intended revision and the current one.</summary>
public sealed record EditConflict(string YourText, string CurrentText, long CurrentRevisionId);
