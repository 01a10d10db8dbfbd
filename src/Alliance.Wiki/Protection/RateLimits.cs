using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Protection;

/// <summary>
/// ASP.NET Core's rate limiter on sign-in, saves and search, per signed-in user or per client address.
/// Over the limit the answer is 429 with Retry-After. The limits are settings (Wiki:RateLimits:*), so a load test
/// on one machine can raise them.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Save = "save";
    public const string Search = "search";

    public static IServiceCollection AddWikiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection("Wiki:RateLimits"));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // Opening the sign-in or edit form is free; attempts and saves are what the limits count.
            options.AddPolicy(SignIn, context => HttpMethods.IsGet(context.Request.Method) ? Free : PerClient(context, SignIn, Limits(context).SignInPerMinute));
            options.AddPolicy(Save, context => HttpMethods.IsGet(context.Request.Method) ? Free : PerClient(context, Save, Limits(context).SavesPerMinute));
            options.AddPolicy(Search, context => PerClient(context, Search, Limits(context).SearchesPerMinute));
        });
        return services;
    }

    private static RateLimitOptions Limits(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static readonly RateLimitPartition<string> Free = RateLimitPartition.GetNoLimiter("free");

    private static RateLimitPartition<string> PerClient(HttpContext context, string policy, int perMinute)
    {
        var client = context.User.Identity?.IsAuthenticated == true
            ? "user:" + context.User.Identity.Name
            : "ip:" + context.Connection.RemoteIpAddress;
        return RateLimitPartition.GetFixedWindowLimiter(policy + "|" + client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    /// <summary>Requests a client may make in a minute.</summary>
    public sealed class RateLimitOptions
    {
        public int SignInPerMinute { get; set; } = 10;

        public int SavesPerMinute { get; set; } = 120;

        public int SearchesPerMinute { get; set; } = 600;
    }
}
