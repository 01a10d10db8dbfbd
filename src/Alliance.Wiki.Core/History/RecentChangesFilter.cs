namespace Alliance.Wiki.Core.History;

/// <summary>Which recent changes to list: by one author only, and without minor edits, when asked.</summary>
public sealed record RecentChangesFilter(string? User, bool HideMinor)
{
    /// <summary>The filter as the query string gives it: <c>?user=NAME&amp;hideminor=1</c>.</summary>
    public static RecentChangesFilter From(string? user, string? hideMinor) =>
        new(string.IsNullOrWhiteSpace(user) ? null : user.Trim(), hideMinor is "1" or "true" or "on");
}
