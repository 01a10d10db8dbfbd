using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.Accounts;

/// <summary>Registers bots' API tokens.</summary>
public static class ApiTokenServices
{
    public static IServiceCollection AddWikiApiTokens(this IServiceCollection services) => services.AddScoped<ApiTokens>();
}
