using Alliance.Wiki.Core.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.Chronology;

/// <summary>Registers the chronology: what writes a page's events with every save, what reads them, and the backfill.</summary>
public static class ChronologyServices
{
    public static IServiceCollection AddWikiChronology(this IServiceCollection services)
    {
        services.AddScoped<EventWriter>();
        services.AddScoped<IPageSaveParticipant, ChronologyParticipant>();
        services.AddScoped<EventReader>();
        services.AddScoped<ChronologyBackfill>();
        return services;
    }
}
