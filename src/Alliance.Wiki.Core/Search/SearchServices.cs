using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.Search;

/// <summary>Registers search: the Lucene index (one store per process) behind <see cref="ISearchIndex"/>, and title suggestions.</summary>
public static class SearchServices
{
    /// <param name="services">The container.</param>
    /// <param name="indexFolder">Where the index lives (<c>Wiki:SearchIndexPath</c>), resolved once.</param>
    public static IServiceCollection AddWikiSearch(this IServiceCollection services, Func<IServiceProvider, string> indexFolder)
    {
        ArgumentNullException.ThrowIfNull(indexFolder);
        services.AddSingleton(provider => new SearchIndexLocation(indexFolder(provider)));
        services.AddSingleton<SearchIndexStore>();
        services.AddScoped<SqliteTitleSuggestions>();
        services.AddScoped<ISearchIndex, LuceneSearchIndex>();
        return services;
    }
}
