using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.Content;

/// <summary>Registers the content layer: import and export of content/.</summary>
public static class ContentServices
{
    public static IServiceCollection AddWikiContent(this IServiceCollection services)
    {
        services.AddScoped<ContentImporter>();
        services.AddScoped<ContentExporter>();
        return services;
    }
}
