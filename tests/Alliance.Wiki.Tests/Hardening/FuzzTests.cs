using System.Net;
using Alliance.Wiki.Tests.Support;
using Microsoft.AspNetCore.Routing;
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
            var answer = await RawHttp.SendAsync(wiki.Address, request.Method, request.Target, request.ContentType, request.Body);
            statuses[answer.Status] = statuses.GetValueOrDefault(answer.Status) + 1;
            if (answer.Status is >= 500 or 0)
            {
                failures.Add($"#{i}: {answer.Status} for {fuzzer.Describe(request)}\n{answer.Body[..Math.Min(1200, answer.Body.Length)]}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Requests} requests from seed {Seed} over {templates.Count} route templates; answers by status: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} ×{s.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} server errors:\n" + string.Join('\n', failures.Take(20)));
        Assert.True(statuses.Keys.Any(s => s is >= 200 and < 300) && statuses.Keys.Any(s => s is >= 400 and < 500), "the fuzzer should reach both answers and refusals");
        Assert.Equal("ok", (await Health.WhenReadyAsync(wiki.Http)).Status);
        Assert.Equal(HttpStatusCode.OK, (await wiki.Http.GetAsync(new Uri("/wiki/Korean_War", UriKind.Relative))).StatusCode);
    }
}
