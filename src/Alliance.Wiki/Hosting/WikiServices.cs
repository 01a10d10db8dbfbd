using Alliance.Wiki.Accounts;
using Alliance.Wiki.Caching;
using Alliance.Wiki.Cli;
using Alliance.Wiki.Core;
using Alliance.Wiki.Core.Indexing;
using Alliance.Wiki.Localization;
using Alliance.Wiki.Protection;
using Alliance.Wiki.Settings;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Hosting;

/// <summary>The composition root: every layer's services, registered once.</summary>
public static class WikiServices
{
    public static WebApplicationBuilder AddWiki(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.Configure<WikiOptions>(builder.Configuration.GetSection(WikiOptions.Section));
        services.AddWikiCore(
            provider => Options(provider).Store(provider.GetRequiredService<IConfiguration>()),
            provider => Options(provider).SearchIndexFolder(),
            builder.Configuration.GetSection(IndexingOptions.Section));
        // First of the hosted services: the schema exists before data protection loads its keys from it.
        services.AddHostedService<DatabaseStartup>();
        services.AddWikiPageCache();
        services.AddWikiLocalization();
        services.AddWikiAccounts();
        services.AddWikiTransportSecurity(builder.Configuration);
        services.AddWikiRateLimits(builder.Configuration);
        services.AddWikiCompression();
        // After DatabaseStartup: the follower reads the migrated database.
        services.AddWikiChangeLogFollower();
        services.AddWikiVerbs();

        builder.AddWikiRequestLimits();
        // jQuery's bracket syntax is of no use here, and its value providers throw on keys such as "[[" in any form or query.
        services.AddRazorPages().AddMvcOptions(options =>
        {
            var jQuery = options.ValueProviderFactories.Where(f => f is Microsoft.AspNetCore.Mvc.ModelBinding.JQueryFormValueProviderFactory
                or Microsoft.AspNetCore.Mvc.ModelBinding.JQueryQueryStringValueProviderFactory).ToList();
            jQuery.ForEach(f => options.ValueProviderFactories.Remove(f));
        });
        services.AddProblemDetails();
        return builder;
    }

    private static WikiOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<WikiOptions>>().Value;
}
