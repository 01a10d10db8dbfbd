using System.Text;

namespace Alliance.Wiki.Tests.Hardening;

/// <summary>Makes random and malformed HTTP requests from a seed: the same seed, the same requests.</summary>
public sealed class RequestFuzzer(int seed, IReadOnlyList<string> routeTemplates)
{
    private static readonly string[] Methods = ["GET", "GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS"];
    private static readonly string[] QueryKeys = ["q", "section", "from", "to", "page", "title", "redirectedfrom", "fulltext", "handler", "view", "user", "hideminor", "returnUrl", "category"];
    private static readonly string[] Pieces =
    [
        "Korean_War", "THAAD", "주한미군", "한미상호방위조약", "US%E2%80%93South_Korea_alliance", "..", "../..", "%2e%2e", "%", "%zz", "%c3", "%e2%80",
        "%00", "%0d%0a", "%ff%fe", "<script>alert(1)</script>", "javascript:alert(1)", "\"'><img src=x onerror=alert(1)>", "' OR 1=1 --",
        "-1", "0", "99999999999999999999", "1e9", "NaN", "[[", "]]", "|", "#", "?", "&", "=", "*", "\"", "AND OR", "C++", "U.S.", "O'Brien",
        "1950–1953", "war-time", "category:", "intitle:", "\u200b", "\ufeff", "𝕂𝕠𝕣𝕖𝕒", "null", "undefined", "/", "//", "~", "$", "@",
    ];

    private readonly Random _random = new(seed);

    public string Describe(FuzzRequest request) => $"{request.Method} {request.Target} ({request.ContentType}, {request.Body.Length} bytes: {Encoding.UTF8.GetString(request.Body[..Math.Min(80, request.Body.Length)])})";

    public FuzzRequest Next()
    {
        var method = Methods[_random.Next(Methods.Length)];
        var template = routeTemplates[_random.Next(routeTemplates.Count)];
        var path = "/" + string.Join('/', template.Trim('/').Split('/').Select(segment => segment.StartsWith('{') ? Junk(escape: true) : segment));
        if (_random.Next(4) == 0)
        {
            path += "?" + string.Join('&', Enumerable.Range(0, _random.Next(1, 5)).Select(_ => QueryKeys[_random.Next(QueryKeys.Length)] + "=" + Junk(escape: true)));
        }

        var (contentType, body) = method is "POST" or "PUT" or "PATCH" ? Body() : (null, Array.Empty<byte>());
        return new FuzzRequest(method, path, contentType, body);
    }

    private (string? ContentType, byte[] Body) Body() => _random.Next(5) switch
    {
        0 => ("application/json", Encoding.UTF8.GetBytes($"{{\"markdown\": \"{Junk(escape: false).Replace("\"", "\\\"", StringComparison.Ordinal)}\", \"baseRevision\": {_random.Next(-5, 50)}, \"section\": {_random.Next(-2, 9)}}}")),
        1 => ("application/json", Encoding.UTF8.GetBytes("{" + Junk(escape: false))),
        2 => ("application/x-www-form-urlencoded", Encoding.UTF8.GetBytes($"Text={Junk(escape: true)}&BaseRevisionId={Junk(escape: true)}&Summary={Junk(escape: true)}&q={Junk(escape: true)}")),
        3 => ("multipart/form-data; boundary=x", Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"Text\"\r\n\r\n" + Junk(escape: false))),
        _ => (null, Bytes()),
    };

    private string Junk(bool escape)
    {
        var builder = new StringBuilder();
        var parts = _random.Next(1, 6);
        for (var i = 0; i < parts; i++)
        {
            builder.Append(_random.Next(6) switch
            {
                0 => new string((char)_random.Next('a', 'z' + 1), _random.Next(1, _random.Next(4) == 0 ? 3000 : 12)),
                1 => ((char)_random.Next(0, 0x3000)).ToString(),
                _ => Pieces[_random.Next(Pieces.Length)],
            });
        }

        var text = builder.ToString();
        // Mostly well-formed escapes; sometimes raw bytes that a careful client would never send.
        return escape && _random.Next(5) != 0 ? Uri.EscapeDataString(text).Replace("%25", _random.Next(3) == 0 ? "%" : "%25", StringComparison.Ordinal) : text;
    }

    private byte[] Bytes()
    {
        var bytes = new byte[_random.Next(0, 600)];
        _random.NextBytes(bytes);
        return bytes;
    }
}
