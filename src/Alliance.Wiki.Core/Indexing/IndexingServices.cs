using Alliance.Wiki.Core.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.Indexing;

/// <summary>Registers the change log's writer (a save participant), the interceptor that waits for a save's change, and the follower.</summary>
public static class IndexingServices
{
    /// <param name="services">The container.</param>
    /// <param name="configuration">The <see cref="IndexingOptions.Section"/> section.</param>
    /// <param name="follow">Whether to run the follower as a hosted service (the server), or only on demand (tools, benchmarks).</param>
    public static IServiceCollection AddWikiIndexing(this IServiceCollection services, IConfiguration configuration, bool follow = true)
    {
        services.Configure<IndexingOptions>(configuration);
        services.AddScoped<ChangeLogSession>();
        services.AddScoped<ChangeLogCommitInterceptor>();
        services.AddScoped<PageDocuments>();
        services.AddScoped<IPageSaveParticipant, SearchIndexParticipant>();
        services.AddScoped<SearchReindexer>();
        services.AddSingleton<ChangeLogApplier>();
        if (follow)
        {
            services.AddHostedService<ChangeLogFollower>();
        }

        return services;
    }

    /// <summary>Adds the interceptor that makes a save wait for its change to be searchable; call where the context is configured.</summary>
    public static DbContextOptionsBuilder UseChangeLog(this DbContextOptionsBuilder options, IServiceProvider provider) =>
        options.AddInterceptors(provider.GetRequiredService<ChangeLogCommitInterceptor>());
}
