namespace Alliance.Wiki.Settings;

/// <summary>
/// Where the wiki is reached from outside, from the "Wiki" settings section: its public address, and the reverse
/// proxies (nginx in front, terminating TLS) whose X-Forwarded-For and X-Forwarded-Proto headers are believed.
/// </summary>
public sealed class PublicAddressOptions
{
    /// <summary>
    /// The address absolute links are built on (the Atom feed, opensearch.xml), such as <c>https://wiki.example.org</c>.
    /// Unset, the request's own scheme and Host are used, which is right in development only: behind a shared cache a
    /// forged Host header would be kept in the answer for everyone.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/24</c>) of the proxies in front. None by default: forwarded headers are ignored.</summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];
}
