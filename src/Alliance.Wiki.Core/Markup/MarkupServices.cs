using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.Markup;

/// <summary>Registers the markup layer: one renderer over the one Markdig pipeline.</summary>
public static class MarkupServices
{
    public static IServiceCollection AddWikiMarkup(this IServiceCollection services) => services.AddSingleton<ArticleRenderer>();
}
