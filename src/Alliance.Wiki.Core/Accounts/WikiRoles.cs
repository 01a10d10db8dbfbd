namespace Alliance.Wiki.Core.Accounts;

/// <summary>The wiki's roles. Readers need no account.</summary>
public static class WikiRoles
{
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Editor, Admin];
}
