using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.Editing;

/// <summary>Registers the editing layer: sections and the editor's save, restore and undo.</summary>
public static class EditingServices
{
    public static IServiceCollection AddWikiEditing(this IServiceCollection services)
    {
        services.AddSingleton<Sections>();
        services.AddScoped<PageEditor>();
        return services;
    }
}
