using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Alliance.Wiki.Caching;

/// <summary>
/// ETag and Last-Modified for pages built from stored data, and the 304 answer when the client's copy is current.
/// The ETag hashes everything the page shows (and who it is shown to), so it changes whenever the page would.
/// </summary>
public static class ConditionalGet
{
    // Changes with every build, so a new page template never answers 304 for an old page.
    private static readonly string Build = typeof(ConditionalGet).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Sets the validators; true when the request's copy is current and a 304 should be sent.</summary>
    public static bool IsNotModified(HttpContext context, DateTime lastModified, params string?[] parts)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts.Append(user).Append(Build))));
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"");
        // HTTP dates have whole seconds: compare what the client can send back.
        var utc = DateTime.SpecifyKind(lastModified, DateTimeKind.Utc);
        var modified = new DateTimeOffset(utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond)));
        var response = context.Response;
        response.GetTypedHeaders().ETag = etag;
        response.GetTypedHeaders().LastModified = modified;
        HttpCaching.MarkRevalidate(response, personal: user is not null);

        var request = context.Request.GetTypedHeaders();
        if (request.IfNoneMatch.Count > 0)
        {
            return request.IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false) || tag.Equals(EntityTagHeaderValue.Any));
        }

        return request.IfModifiedSince is { } since && modified <= since;
    }
}
