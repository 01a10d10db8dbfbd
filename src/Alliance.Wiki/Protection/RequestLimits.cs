namespace Alliance.Wiki.Protection;

/// <summary>
/// How large a request may be. A search of 10 KB of text is a plain request that gets a plain answer, not a 414 (the
/// default line limit is 8 KB). A body may carry the largest article (2 MB) however it is encoded: a form escapes
/// Hangul to 9 bytes a character (3 bytes of UTF-8), so 6 MB and the other fields; larger bodies get a 413 page.
/// </summary>
public static class RequestLimits
{
    public const int MaxRequestBodyBytes = 8 * 1024 * 1024;

    public static WebApplicationBuilder AddWikiRequestLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = 64 * 1024;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form =>
        {
            form.ValueLengthLimit = MaxRequestBodyBytes;
            form.MultipartBodyLengthLimit = MaxRequestBodyBytes;
        });
        return builder;
    }

    /// <summary>A body that announces more than the limit is refused before anything reads it (anti-forgery would call it a 400).</summary>
    public static IApplicationBuilder UseWikiRequestLimits(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.ContentLength > MaxRequestBodyBytes
                && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }

            return next(context);
        });
}
