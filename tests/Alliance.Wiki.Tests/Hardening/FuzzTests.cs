using System.Net;
using System.Net.Sockets;
using System.Text;
using Alliance.Wiki.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Hardening;

/// <summary>10,000 random and malformed requests across every route, from a fixed seed: no 5xx, and the server stays healthy.</summary>
[Trait("Category", "Slow")]
public sealed class FuzzTests(WikiServer wiki) : IClassFixture<WikiServer>
{
    private const int Seed = 20261122;
    private const int Requests = 10_000;

    [Fact]
    public async Task Ten_thousand_random_requests_get_no_server_error()
    {
        var templates = wiki.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? string.Empty)
            .Where(t => t.Length > 0)
            .Select(t => "/" + t.TrimStart('/'))
            .Append("/css/wiki.css").Append("/js/previews.js").Append("/no/such/route/{x}")
            .Distinct().ToList();
        Assert.Contains("/wiki/{**title}", templates);
        var fuzzer = new RequestFuzzer(Seed, templates);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        for (var i = 0; i < Requests; i++)
        {
            var request = fuzzer.Next();
            var (status, answer) = await SendAsync(request);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status is >= 500 or 0)
            {
                failures.Add($"#{i}: {status} for {fuzzer.Describe(request)}\n{answer[(answer.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..][..Math.Min(1200, answer.Length - answer.IndexOf("\r\n\r\n", StringComparison.Ordinal) - 4)]}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Requests} requests from seed {Seed} over {templates.Count} route templates; answers by status: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} ×{s.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} server errors:\n" + string.Join('\n', failures.Take(20)));
        Assert.True(statuses.Keys.Any(s => s is >= 200 and < 300) && statuses.Keys.Any(s => s is >= 400 and < 500), "the fuzzer should reach both answers and refusals");
        Assert.Equal("ok", await wiki.Http.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, (await wiki.Http.GetAsync(new Uri("/wiki/Korean_War", UriKind.Relative))).StatusCode);
    }

    /// <summary>Sends the request over a raw socket, so malformed targets reach the server as they are. Returns the status code and the answer.</summary>
    private async Task<(int Status, string Answer)> SendAsync(FuzzRequest request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, wiki.Address.Port);
        await using var stream = client.GetStream();
        var head = new StringBuilder()
            .Append(request.Method).Append(' ').Append(request.Target).Append(" HTTP/1.1\r\n")
            .Append("Host: 127.0.0.1\r\nConnection: close\r\n");
        if (request.ContentType is not null)
        {
            head.Append("Content-Type: ").Append(request.ContentType).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(request.Body.Length).Append("\r\n\r\n");
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head.ToString()));
        await stream.WriteAsync(request.Body);
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer);
        var text = Encoding.UTF8.GetString(answer.ToArray());
        return (text.Length >= 12 && int.TryParse(text.AsSpan(9, 3), out var status) ? status : 0, text);
    }
}
