using System.Buffers;
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
        var etag = new EntityTagHeaderValue("\"" + Hash(parts, user) + "\"");
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

    /// <summary>
    /// The first 16 bytes of SHA-256 over the parts, the user and the build, as UTF-8 joined by U+001F. The parts hold
    /// the article's HTML: they are encoded into one pooled buffer rather than joined into a new string and array.
    /// </summary>
    private static string Hash(string?[] parts, string? user)
    {
        var length = Encoding.UTF8.GetByteCount(user ?? string.Empty) + Encoding.UTF8.GetByteCount(Build) + parts.Length + 1;
        foreach (var part in parts)
        {
            length += Encoding.UTF8.GetByteCount(part ?? string.Empty);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = 0;
            foreach (var part in parts)
            {
                written += Encoding.UTF8.GetBytes(part ?? string.Empty, buffer.AsSpan(written));
                buffer[written++] = 0x1F;
            }

            written += Encoding.UTF8.GetBytes(user ?? string.Empty, buffer.AsSpan(written));
            buffer[written++] = 0x1F;
            written += Encoding.UTF8.GetBytes(Build, buffer.AsSpan(written));
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash[..16]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
