using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.Indexing;

/// <summary>
/// Registers the change log's writer (a save participant), the interceptor that makes a save wait for its change to be
/// searchable, the applier and the rebuild. The follower that applies the log in the background is a hosted service
/// the host adds after its database start-up (<see cref="AddWikiChangeLogFollower"/>): tools and benchmarks apply on demand.
/// </summary>
public static class IndexingServices
{
    /// <param name="services">The container.</param>
    /// <param name="configuration">The <see cref="IndexingOptions.Section"/> section.</param>
    public static IServiceCollection AddWikiIndexing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IndexingOptions>(configuration);
        services.AddScoped<ChangeLogSession>();
        services.AddScoped<ChangeLogCommitInterceptor>();
        services.ConfigureWikiDbContext((provider, options) => options.UseChangeLog(provider));
        services.AddScoped<PageDocuments>();
        services.AddScoped<IPageSaveParticipant, SearchIndexParticipant>();
        services.AddScoped<SearchReindexer>();
        services.AddScoped<BulkIndexing>();
        services.AddSingleton<ChangeLogApplier>();
        return services;
    }

    /// <summary>Follows the change log in the background: register after whatever migrates the database at start.</summary>
    /// <remarks>On PostgreSQL a listener wakes the follower as soon as any node's save commits (one connection per node).</remarks>
    public static IServiceCollection AddWikiChangeLogFollower(this IServiceCollection services)
    {
        services.AddHostedService<ChangeLogFollower>();
        services.AddSingleton<PostgresChangeListener>();
        return services.AddHostedService(provider => provider.GetRequiredService<PostgresChangeListener>());
    }

    /// <summary>Adds the interceptor that makes a save wait for its change to be searchable.</summary>
    public static DbContextOptionsBuilder UseChangeLog(this DbContextOptionsBuilder options, IServiceProvider provider) =>
        options.AddInterceptors(provider.GetRequiredService<ChangeLogCommitInterceptor>());
}
