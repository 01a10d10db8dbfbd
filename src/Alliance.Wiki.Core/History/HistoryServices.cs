using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.History;

/// <summary>Registers the history layer: histories, recent changes, diffs and blame.</summary>
public static class HistoryServices
{
    public static IServiceCollection AddWikiHistory(this IServiceCollection services) => services.AddScoped<RevisionHistory>();
}
