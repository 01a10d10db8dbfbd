using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.Storage;

/// <summary>Registers the storage layer: the database context on the SQLite file the host names.</summary>
public static class StorageServices
{
    public static IServiceCollection AddWikiStorage(this IServiceCollection services, Func<IServiceProvider, string> databasePath)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        services.AddDbContext<WikiDbContext>((provider, options) => WikiDatabase.Configure(options, databasePath(provider)));
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
