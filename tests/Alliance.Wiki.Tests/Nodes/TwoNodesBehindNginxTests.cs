using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Alliance.Wiki.Core.Titles;
using Alliance.Wiki.Tests.Search;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Nodes;

/// <summary>
/// Two Kestrel processes on one PostgreSQL database behind a real nginx running deploy/nginx/wiki.conf: what one node
/// does, the other serves within a second; a node killed mid-burst loses no answered save.
/// </summary>
[Trait("Category", "Slow")]
public sealed class TwoNodesBehindNginxTests : IDisposable
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly TempContent _content = new();

    public TwoNodesBehindNginxTests()
    {
        _content.Write("shared-note.md", "Shared note", "The note says nothing yet.");
        _content.Write("links-page.md", "Links page", "See [[Future page]] once someone writes it.");
    }

    [Fact]
    public async Task Through_nginx_a_sign_in_works_on_both_nodes_and_an_edit_on_one_is_read_searched_and_linked_on_the_other_within_a_second()
    {
        using var nodes = await WikiNodes.StartAsync(_content.Folder, withEditor: true, withNginx: true);
        using var a = new HttpClient { BaseAddress = nodes.A.Address };
        using var b = new HttpClient { BaseAddress = nodes.B.Address };

        // Signed in through nginx, the cookie is honoured whichever node answers: the edit form opens on both.
        using var editor = await WikiSession.SignInAsync(nodes.Nginx!.Address, WikiNodes.EditorName, WikiNodes.EditorPassword);
        var answeredBy = new HashSet<string>(StringComparer.Ordinal);
        await Eventually.UntilAsync(async () =>
        {
            using var response = await editor.Client.GetAsync(new Uri(WikiUrls.Edit("Shared note"), UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answeredBy.Add(Node(response));
            return answeredBy.Count == 2;
        }, "the edit form answered by both nodes for the session signed in through nginx", TimeSpan.FromSeconds(10));

        // Anonymous views fill both nodes' page caches with the old note and the red link.
        foreach (var node in new[] { a, b })
        {
            Assert.Contains("nothing yet", await node.GetStringAsync(new Uri("/wiki/Shared_note", UriKind.Relative)), StringComparison.Ordinal);
            Assert.NotNull((await Html.GetAsync(node, "/wiki/Links_page")).QuerySelector(".article-body a.new[href='/edit/Future_page']"));
        }

        // The edit goes through nginx (the form may open on one node and post to the other: one key ring).
        using var saved = await editor.SaveAsync("Shared note", _ => "The note now says quokkaword.", summary: "through nginx");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var saver = Node(saved);
        using var other = new HttpClient { BaseAddress = saver.EndsWith($":{nodes.A.Address.Port}", StringComparison.Ordinal) ? nodes.B.Address : nodes.A.Address };
        var read = await Eventually.UntilAsync(
            async () => (await other.GetStringAsync(new Uri("/wiki/Shared_note", UriKind.Relative))).Contains("quokkaword", StringComparison.Ordinal),
            "the other node serving the new text to anonymous readers (its page cache held the old)", Second);
        var searched = await Eventually.UntilAsync(
            async () => (await SearchPages.FoundAsync(other, "quokkaword")).Contains("Shared note"),
            "the other node's search finding the new text", Second);

        using var created = await editor.SaveAsync("Future page", _ => "Written at last.", summary: "new page");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        foreach (var node in new[] { a, b })
        {
            await Eventually.UntilAsync(
                async () => (await Html.GetAsync(node, "/wiki/Links_page")).QuerySelector(".article-body a.wikilink:not(.new)[href='/wiki/Future_page']") is not null,
                $"the red link turning blue on {node.BaseAddress}", Second);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Saved on {saver} through nginx; the other node served it after {read.TotalMilliseconds:F0} ms and found it by search after {searched.TotalMilliseconds:F0} ms more.");
    }

    [Fact]
    public async Task A_node_killed_mid_burst_leaves_the_other_answering_and_every_save_answered_200_in_its_history_and_search()
    {
        using var nodes = await WikiNodes.StartAsync(_content.Folder, withEditor: true, withNginx: true);

        // Readers through nginx and on B directly, for the whole burst and a while after the kill.
        using var stopReading = new CancellationTokenSource();
        var failures = new ConcurrentQueue<string>();
        var reads = 0;
        var reader = Task.Run(async () =>
        {
            using var proxied = new HttpClient { BaseAddress = nodes.Nginx!.Address, Timeout = TimeSpan.FromSeconds(10) };
            using var direct = new HttpClient { BaseAddress = nodes.B.Address, Timeout = TimeSpan.FromSeconds(10) };
            while (!stopReading.IsCancellationRequested)
            {
                foreach (var (name, client) in new[] { ("nginx", proxied), ("B", direct) })
                {
                    try
                    {
                        using var response = await client.GetAsync(new Uri("/wiki/Shared_note", UriKind.Relative));
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            failures.Enqueue($"{name}: {(int)response.StatusCode}");
                        }
                    }
                    catch (HttpRequestException e)
                    {
                        failures.Enqueue($"{name}: {e.Message}");
                    }

                    Interlocked.Increment(ref reads);
                }

                await Task.Delay(20);
            }
        });

        var answered = new ConcurrentDictionary<string, (long Revision, string Word)>();
        await SaveBurst.KillMidBurstAsync(
            nodes.A,
            nodes.Token,
            (w, i) => ($"Node probe {w} {i}", $"The probe holds nodeword{w}x{i}."),
            async (save, response) =>
            {
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                answered[save.Title] = (json.RootElement.GetProperty("revision").GetInt64(), save.Markdown["The probe holds ".Length..^1]);
            },
            () => answered.Count >= 20);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stopReading.CancelAsync();
        await reader;
        Assert.True(failures.IsEmpty, $"B or nginx failed {failures.Count} of {reads} reads after A was killed: {string.Join("; ", failures.Take(5))}");

        await nodes.RestartAAsync();
        foreach (var client in new[] { nodes.B.Address, nodes.A.Address }.Select(address => new HttpClient { BaseAddress = address }))
        {
            using (client)
            {
                foreach (var (title, (revision, word)) in answered)
                {
                    using var history = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/pages/{Uri.EscapeDataString(title.Replace(' ', '_'))}/revisions", UriKind.Relative)));
                    Assert.Contains(revision, history.RootElement.GetProperty("revisions").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
                    var (found, _) = await SearchPages.WaitUntilFoundAsync(client, word, title);
                    Assert.True(found.Contains(title), $"'{title}' was saved on A with {word} (answered 200) but search on {client.BaseAddress} does not find it");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"SIGKILL of A after {answered.Count} answered saves; {reads} reads through nginx and on B all answered 200; after A came back, B and A list and find all {answered.Count}.");
    }

    public void Dispose() => _content.Dispose();

    private static string Node(HttpResponseMessage response) =>
        // After a retry nginx lists every node it tried: the last one answered.
        response.Headers.TryGetValues(NginxProxy.NodeHeader, out var values) ? values.Last().Split(',')[^1].Trim() : throw new InvalidOperationException("nginx named no node");
}
