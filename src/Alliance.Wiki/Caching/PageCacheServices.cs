using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Indexing;
using Alliance.Wiki.Settings;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Caching;

/// <summary>Registers the page cache (<see cref="ArticleCache"/>).</summary>
public static class PageCacheServices
{
    /// <summary>The cache, its output-cache policy, the save participant that moves its versions on, and the change-log observer that moves them on for other nodes' saves.</summary>
    public static IServiceCollection AddWikiPageCache(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<ArticleCache>();
        services.AddScoped<IPageSaveParticipant, ArticleCacheParticipant>();
        services.AddSingleton<IChangeLogObserver, ArticleCacheFollower>();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<WikiOptions>>((options, wiki) =>
        {
            // Titles differ by case after their first letter: /wiki/THAAD and /wiki/Thaad are not the same URL.
            options.UseCaseSensitivePaths = true;
            options.SizeLimit = 32L * 1024 * 1024;
            options.AddPolicy(ArticleCache.Policy, policy =>
            {
                if (!wiki.Value.PageCache)
                {
                    policy.NoCache();
                    return;
                }

                policy.Expire(TimeSpan.FromMinutes(10))
                    .SetVaryByQuery("redirectedfrom", "printable")
                    .VaryByValue(context => new KeyValuePair<string, string>(
                        "version", context.RequestServices.GetRequiredService<ArticleCache>().VersionOf(context.Request.RouteValues["title"] as string)
                            + "." + ReaderPreferences.CacheKey(context)));
            });
        });
        return services;
    }
}
