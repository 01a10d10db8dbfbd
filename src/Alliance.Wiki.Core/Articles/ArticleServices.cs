using Alliance.Wiki.Core.Markup;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.Articles;

/// <summary>Registers the articles layer: reading, saving, names and the render cache.</summary>
public static class ArticleServices
{
    public static IServiceCollection AddWikiArticles(this IServiceCollection services)
    {
        services.AddScoped<ITitleResolver, PageNameResolver>();
        services.AddScoped<RenderCache>();
        services.AddScoped<ArticleReader>();
        services.AddSingleton<ArticleStatements>();
        services.AddScoped<ArticleViews>();
        services.AddScoped<PageNames>();
        services.AddScoped<PageRows>();
        services.AddScoped<ArticleWriter>();
        services.AddScoped<FeaturedArticles>();
        services.AddScoped<PageListings>();
        services.AddScoped<PageTools>();
        return services;
    }
}
