using Alliance.Wiki.Core.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.Indexing;

/// <summary>Registers what keeps the search index in step with every save, and its rebuild.</summary>
public static class IndexingServices
{
    public static IServiceCollection AddWikiIndexing(this IServiceCollection services)
    {
        services.AddScoped<IPageSaveParticipant, SearchIndexParticipant>();
        services.AddScoped<SearchReindexer>();
        return services;
    }
}
