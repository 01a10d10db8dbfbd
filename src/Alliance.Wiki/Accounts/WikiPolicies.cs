namespace Alliance.Wiki.Accounts;

/// <summary>Names of the authorization policies and the bots' authentication scheme.</summary>
public static class WikiPolicies
{
    /// <summary>Editors and admins; anyone when Wiki:AllowAnonymousEdits is on.</summary>
    public const string Edit = "edit";

    /// <summary>Admins only: protecting pages.</summary>
    public const string Admin = "admin";

    /// <summary>The Authorization: Bearer scheme of bots' API tokens.</summary>
    public const string ApiTokenScheme = "ApiToken";
}
