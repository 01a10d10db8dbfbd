using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.Search;

/// <summary>Registers the search engine behind <see cref="ISearchIndex"/>.</summary>
public static class SearchServices
{
    public static IServiceCollection AddWikiSearch(this IServiceCollection services) => services.AddScoped<ISearchIndex, SqliteSearchIndex>();
}
