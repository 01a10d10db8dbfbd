using System.Diagnostics;
using System.Globalization;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// A real nginx in front of the wiki's nodes, on a loopback port, running deploy/nginx/wiki.conf with only its
/// addresses replaced (the nodes' ports and the port it listens on), in a temporary prefix of its own: pid, logs and
/// temp files there, <c>daemon off</c> so the test owns the process. Answers carry X-Wiki-Node, the node that answered
/// (added by the test's main config around the file, not by the file).
/// </summary>
public sealed class NginxProxy : IDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    /// <summary>The answer header naming the upstream that answered.</summary>
    public const string NodeHeader = "X-Wiki-Node";

    private const string ListenLine = "listen 127.0.0.1:8080;";
    private static readonly string[] NodeLines = ["server 127.0.0.1:5001 ", "server 127.0.0.1:5002 "];

    private readonly Process _process;

    private NginxProxy(Process process, string folder, Uri address)
    {
        _process = process;
        Folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public string Folder { get; }

    /// <summary>Skips the test without nginx, or fails it when WIKI_REQUIRE_POSTGRES asks for the many-machines tests to run.</summary>
    public static void Require()
    {
        if (File.Exists(Binary))
        {
            return;
        }

        var reason = $"nginx is not installed at {Binary} (apt-get install -y nginx).";
        Assert.False(!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WIKI_REQUIRE_POSTGRES")), reason + " WIKI_REQUIRE_POSTGRES is set, so this may not skip.");
        Assert.Skip(reason);
    }

    /// <summary>The repository's config with the two nodes' addresses and the listening port put in; fails when the file no longer has the lines replaced.</summary>
    public static string Configure(Uri first, Uri second, int port)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "nginx", "wiki.conf"));
        foreach (var line in NodeLines.Append(ListenLine))
        {
            Assert.True(text.Contains(line, StringComparison.Ordinal), $"deploy/nginx/wiki.conf no longer holds '{line}', which the test replaces");
        }

        return text
            .Replace(NodeLines[0], $"server 127.0.0.1:{first.Port} ", StringComparison.Ordinal)
            .Replace(NodeLines[1], $"server 127.0.0.1:{second.Port} ", StringComparison.Ordinal)
            .Replace(ListenLine, $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
    }

    /// <summary>Starts nginx in front of the two nodes and waits until it answers.</summary>
    public static async Task<NginxProxy> StartAsync(Uri first, Uri second)
    {
        // The port is picked, then bound by nginx: another process could take it between; then try another.
        for (var attempt = 1; ; attempt++)
        {
            var folder = Path.Combine(Path.GetTempPath(), "alliance-wiki-tests", "nginx-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(folder);
            var port = LoopbackPort.Free();
            await File.WriteAllTextAsync(Path.Combine(folder, "wiki.conf"), Configure(first, second, port));
            await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), MainConfig(folder));
            var info = new ProcessStartInfo(Binary) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { "-p", folder + "/", "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log") })
            {
                info.ArgumentList.Add(argument);
            }

            var process = Process.Start(info) ?? throw new InvalidOperationException("nginx did not start.");
            var proxy = new NginxProxy(process, folder, new Uri($"http://127.0.0.1:{port}"));
            if (await proxy.AnswersAsync())
            {
                return proxy;
            }

            var log = File.Exists(Path.Combine(folder, "error.log")) ? await File.ReadAllTextAsync(Path.Combine(folder, "error.log")) : string.Empty;
            proxy.Dispose();
            if (attempt == 3)
            {
                throw new InvalidOperationException("nginx did not start: " + log);
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder.
        }
    }

    /// <summary>
    /// The main file around wiki.conf. Run as root (the test machine's CI), nginx's workers would switch to "nobody",
    /// which cannot write the temp folder this root process made: the workers stay root, on loopback, for a test only.
    /// </summary>
    private static string MainConfig(string folder) => string.Create(CultureInfo.InvariantCulture, $$"""
        {{(Environment.UserName == "root" ? "user root;" : string.Empty)}}
        daemon off;
        worker_processes 1;
        pid {{folder}}/nginx.pid;
        error_log {{folder}}/error.log warn;
        events { worker_connections 512; }
        http {
            access_log {{folder}}/access.log;
            client_body_temp_path {{folder}}/client_body;
            proxy_temp_path {{folder}}/proxy;
            fastcgi_temp_path {{folder}}/fastcgi;
            uwsgi_temp_path {{folder}}/uwsgi;
            scgi_temp_path {{folder}}/scgi;
            add_header {{NodeHeader}} $upstream_addr always;
            include {{folder}}/wiki.conf;
        }
        """);

    private async Task<bool> AnswersAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20) && !_process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                return true;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50);
            }
        }

        return false;
    }
}
