using Alliance.Wiki.Accounts;
using Alliance.Wiki.Cli;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Editing;
using Alliance.Wiki.Core.History;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Hosting;

/// <summary>The composition root: every layer's services, registered once.</summary>
public static class WikiServices
{
    public const int MaxRequestBodyBytes = 8 * 1024 * 1024;

    public static WebApplicationBuilder AddWiki(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.Configure<WikiOptions>(builder.Configuration.GetSection(WikiOptions.Section));
        services.AddDbContext<WikiDbContext>((provider, options) =>
            WikiDatabase.Configure(options, WikiPaths.Resolve(provider.GetRequiredService<IOptions<WikiOptions>>().Value.DatabasePath)));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleRenderer>();
        services.AddScoped<RenderCache>();
        services.AddScoped<ArticleReader>();
        services.AddScoped<ArticleWriter>();
        services.AddScoped<RevisionHistory>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<PageEditor>();
        services.AddScoped<ISearchIndex, SqliteSearchIndex>();
        services.AddScoped<IPageSaveParticipant, SearchIndexParticipant>();
        services.AddHttpContextAccessor();
        ArticleCache.AddTo(services);
        services.AddScoped<IPageSaveParticipant, ArticleCacheParticipant>();
        services.AddScoped<SearchReindexer>();
        services.AddWikiAccounts();
        services.AddWikiTransportSecurity(builder.Configuration);
        services.AddWikiRateLimits(builder.Configuration);
        services.AddWikiCompression();
        services.AddHostedService<DatabaseStartup>();
        services.AddScoped<ContentExporter>();
        services.AddSingleton<IOperatorVerb, ImportVerb>();
        services.AddSingleton<IOperatorVerb, ExportVerb>();
        services.AddSingleton<IOperatorVerb, CreateUserVerb>();
        services.AddSingleton<IOperatorVerb, CreateTokenVerb>();
        services.AddSingleton<IOperatorVerb, BackupVerb>();
        services.AddSingleton<IOperatorVerb, ReindexVerb>();

        // A search of 10 KB of text is a plain request that gets a plain answer, not a 414 (the default line limit is 8 KB).
        // A body may carry the largest article (2 MB) however it is encoded: a form escapes Hangul to 9 bytes a
        // character (3 bytes of UTF-8), so 6 MB and the other fields; larger bodies get a 413 page.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = 64 * 1024;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form =>
        {
            form.ValueLengthLimit = MaxRequestBodyBytes;
            form.MultipartBodyLengthLimit = MaxRequestBodyBytes;
        });
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
}
