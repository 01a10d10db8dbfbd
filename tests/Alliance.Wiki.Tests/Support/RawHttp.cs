using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// HTTP/1.1 over a raw socket, so that malformed targets and bodies reach the server as they are, and a body can
/// claim a length it never sends (the server may answer before reading it).
/// </summary>
public static class RawHttp
{
    public static async Task<RawAnswer> SendAsync(
        Uri server, string method, string target, string? contentType, byte[] body, long? declaredLength = null, params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(body);
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Port);
        await using var stream = client.GetStream();
        var head = new StringBuilder()
            .Append(method).Append(' ').Append(target).Append(" HTTP/1.1\r\n")
            .Append("Host: 127.0.0.1\r\nConnection: close\r\n");
        if (contentType is not null)
        {
            head.Append("Content-Type: ").Append(contentType).Append("\r\n");
        }

        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(declaredLength ?? body.Length).Append("\r\n\r\n");
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head.ToString()));
        await stream.WriteAsync(body);
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer);
        return new RawAnswer(Encoding.UTF8.GetString(answer.ToArray()));
    }
}

/// <summary>A raw answer: its status (0 when there is none), one header's value, and the body after the head.</summary>
public sealed record RawAnswer(string Text)
{
    public int Status => Text.Length >= 12 && int.TryParse(Text.AsSpan(9, 3), out var status) ? status : 0;

    public string Body => Text.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var end and >= 0 ? Text[(end + 4)..] : string.Empty;

    public string? Header(string name) => Text.Split("\r\n").TakeWhile(l => l.Length > 0)
        .FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim();
}
