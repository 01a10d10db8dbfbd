namespace Alliance.Wiki.Tests.Support;

/// <summary>An editor account with an API token, made by the operator verbs on a database no server runs on yet.</summary>
public static class BotAccount
{
    /// <summary>Creates the account and answers its bearer token.</summary>
    public static async Task<string> CreateAsync(string databasePath, string contentPath, string name)
    {
        await WikiProcess.RunVerbAsync(databasePath, contentPath, "crash-test-password", "create-user", name, "--role", "editor");
        return (await WikiProcess.RunVerbAsync(databasePath, contentPath, string.Empty, "create-token", name)).Trim();
    }
}
