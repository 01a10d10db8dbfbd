using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alliance.Wiki.Core.Storage;

/// <summary>Registers the storage layer: the database context on the store the host names (SQLite by default, or PostgreSQL).</summary>
public static class StorageServices
{
    public static IServiceCollection AddWikiStorage(this IServiceCollection services, Func<IServiceProvider, WikiStore> store)
    {
        ArgumentNullException.ThrowIfNull(store);
        services.AddSingleton(store);
        services.AddDbContext<WikiDbContext>((provider, options) => WikiDatabase.Configure(options, provider.GetRequiredService<WikiStore>()));
        services.AddDbContext<PostgresWikiDbContext>((provider, options) => WikiDatabase.Configure(options, provider.GetRequiredService<WikiStore>()));
        // Everything asks for WikiDbContext; on PostgreSQL that is the provider's own type, with its own migrations.
        // Chosen when a scope asks, so that settings a host or test adds late still decide.
        services.Replace(ServiceDescriptor.Scoped(provider => provider.GetRequiredService<WikiStore>().IsSqlite
            ? ActivatorUtilities.CreateInstance<WikiDbContext>(provider)
            : provider.GetRequiredService<PostgresWikiDbContext>()));
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>More options for the wiki's context on either provider (each has its own options type).</summary>
    public static IServiceCollection ConfigureWikiDbContext(this IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure)
    {
        services.ConfigureDbContext<WikiDbContext>(configure);
        services.ConfigureDbContext<PostgresWikiDbContext>(configure);
        return services;
    }
}
