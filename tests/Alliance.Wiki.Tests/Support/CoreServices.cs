using Alliance.Wiki.Core;
using Alliance.Wiki.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// The wiki's core services on a database, composed as the web host composes them, for tests below HTTP (or as another
/// node writing to a server's database). Its search index has a folder of its own, so it never contends for the write
/// lock of a server's index on the same database.
/// </summary>
public static class CoreServices
{
    public static ServiceProvider For(string databasePath, Action<IServiceCollection>? more = null) => For(WikiStore.Sqlite(databasePath), more);

    public static ServiceProvider For(WikiStore store, Action<IServiceCollection>? more = null)
    {
        var index = Path.Combine(Path.GetTempPath(), "alliance-wiki-core-search", Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection().AddLogging().AddWikiCore(_ => store, _ => index, new ConfigurationBuilder().Build());
        more?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
