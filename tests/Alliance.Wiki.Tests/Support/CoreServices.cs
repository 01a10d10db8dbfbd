using Alliance.Wiki.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Support;

/// <summary>The wiki's core services on a database file, composed as the web host composes them, for tests below HTTP.</summary>
public static class CoreServices
{
    public static ServiceProvider For(string databasePath, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection().AddLogging().AddWikiCore(_ => databasePath);
        more?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
