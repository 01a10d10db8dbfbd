using Alliance.Wiki.Endpoints;

namespace Alliance.Wiki.Hosting;

/// <summary>The request pipeline.</summary>
public static class WikiPipeline
{
    public static WebApplication UseWiki(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.MapRazorPages();
        app.MapWikiApi();
        app.MapSearchApi();
        return app;
    }
}
