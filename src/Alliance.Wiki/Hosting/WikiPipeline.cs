using Alliance.Wiki.Caching;
using Alliance.Wiki.Endpoints;
using Alliance.Wiki.Localization;
using Alliance.Wiki.Protection;

namespace Alliance.Wiki.Hosting;

/// <summary>The request pipeline.</summary>
public static class WikiPipeline
{
    public static WebApplication UseWiki(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWikiTransportSecurity();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            // A malformed request body is the client's error: it keeps its 4xx status in every environment.
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseWikiRequestLimits();
        app.UseResponseCompression();
        app.UseSecurityHeaders();
        app.UseWikiStaticFiles();
        app.UseWikiLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseRateLimiter();
        app.MapRazorPages();
        app.MapWikiApi();
        app.MapPreviewRendering();
        app.MapBotApi();
        app.MapRecentChangesFeed();
        app.MapSearchApi();
        app.MapReaderPreferences();
        return app;
    }
}
