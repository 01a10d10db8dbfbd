using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// An editor account with an API token, made on a database before the child wiki of a crash test starts on it: by a
/// wiki served in the test's process (stopped again at once), through the services the create-user and create-token
/// verbs use. Two verb processes would cost seconds of start-up each; the verbs themselves are OperatorVerbTests' subject.
/// </summary>
public static class BotAccount
{
    /// <summary>Creates the account and answers its bearer token.</summary>
    public static async Task<string> CreateAsync(string databasePath, string contentPath, string name)
    {
        using var wiki = new WikiServer(contentPath, new Dictionary<string, string?> { ["Wiki:DatabasePath"] = databasePath });
        return await wiki.InScopeAsync(async s =>
        {
            var user = await s.GetRequiredService<AccountBootstrap>().CreateAsync(name, "crash-test-password", WikiRoles.Editor);
            return await s.GetRequiredService<ApiTokens>().CreateAsync(user, CancellationToken.None);
        });
    }
}
