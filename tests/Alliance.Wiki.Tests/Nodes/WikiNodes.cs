using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Nodes;

/// <summary>
/// Two wiki processes on one PostgreSQL database of their own, each with its own search index folder, as two machines
/// would run them (docs/deploy.md, "Many machines"); nginx in front when asked. Disposing stops all and drops the database.
/// </summary>
public sealed class WikiNodes : IDisposable
{
    public const string EditorName = "nodeeditor";
    public const string EditorPassword = "node-editor-password";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "alliance-wiki-tests", "nodes-" + Guid.NewGuid().ToString("N")[..12]);

    private readonly IReadOnlyDictionary<string, string> _more;

    private WikiNodes(string connection, string contentPath, IReadOnlyDictionary<string, string>? more)
    {
        Connection = connection;
        ContentPath = contentPath;
        _more = more ?? new Dictionary<string, string>();
        Directory.CreateDirectory(_folder);
    }

    /// <summary>The database both nodes share.</summary>
    public string Connection { get; }

    public string ContentPath { get; }

    public WikiProcess A { get; private set; } = null!;

    public WikiProcess B { get; private set; } = null!;

    public NginxProxy? Nginx { get; private set; }

    /// <summary>The editor's API token (when the nodes were started with an editor), else empty.</summary>
    public string Token { get; private set; } = string.Empty;

    /// <summary>Node <paramref name="name"/>'s settings: the shared database, its own index folder, limits a test's bursts stay under.</summary>
    public WikiProcessSettings Settings(string name)
    {
        var settings = new Dictionary<string, string>
        {
            ["Wiki__RateLimits__SearchesPerMinute"] = "100000",
            ["Wiki__RateLimits__SignInPerMinute"] = "1000",
            // nginx on loopback is the proxy whose X-Forwarded-* headers the wiki believes (deploy/nginx/wiki.conf).
            ["Wiki__KnownProxies__0"] = "127.0.0.1",
        };
        foreach (var (key, value) in _more)
        {
            settings[key] = value;
        }

        return WikiProcessSettings.PostgresNode(Connection, ContentPath, Path.Combine(_folder, "index-" + name), settings);
    }

    /// <summary>
    /// A new database; with <paramref name="withEditor"/> an editor account and its token made first by the verbs (so
    /// no admin is bootstrapped); then the nodes, at once when <paramref name="together"/> (else B once A is ready, so
    /// that B does not wait on the start-up lock while A imports), and nginx in front when <paramref name="withNginx"/>.
    /// </summary>
    /// <param name="contentPath">The content both nodes import at start.</param>
    /// <param name="withEditor">Make the editor account and its token first.</param>
    /// <param name="withNginx">Start nginx in front of the nodes.</param>
    /// <param name="together">Start both nodes at the same moment.</param>
    /// <param name="more">More settings for both nodes, as environment variables.</param>
    public static async Task<WikiNodes> StartAsync(string contentPath, bool withEditor, bool withNginx, bool together = false, IReadOnlyDictionary<string, string>? more = null)
    {
        PostgresCluster.Require();
        if (withNginx)
        {
            NginxProxy.Require();
        }

        var nodes = new WikiNodes(PostgresCluster.CreateDatabase(), contentPath, more);
        try
        {
            if (withEditor)
            {
                await WikiProcess.RunVerbAsync(nodes.Settings("verbs"), EditorPassword, "create-user", EditorName, "--role", "editor");
                nodes.Token = (await WikiProcess.RunVerbAsync(nodes.Settings("verbs"), string.Empty, "create-token", EditorName)).Trim();
            }

            var a = WikiProcess.StartAsync(nodes.Settings("a"));
            if (!together)
            {
                await Task.WhenAny(a);
            }

            var b = WikiProcess.StartAsync(nodes.Settings("b"));
            try
            {
                await Task.WhenAll(a, b);
            }
            finally
            {
                if (a.IsCompletedSuccessfully)
                {
                    nodes.A = a.Result;
                }

                if (b.IsCompletedSuccessfully)
                {
                    nodes.B = b.Result;
                }
            }

            if (withNginx)
            {
                nodes.Nginx = await NginxProxy.StartAsync(nodes.A.Address, nodes.B.Address);
            }

            return nodes;
        }
        catch
        {
            nodes.Dispose();
            throw;
        }
    }

    /// <summary>Starts node A again (after a kill) on its own index folder, as a machine coming back would.</summary>
    public async Task RestartAAsync()
    {
        A.Dispose();
        A = await WikiProcess.StartAsync(Settings("a"));
    }

    public void Dispose()
    {
        Nginx?.Dispose();
        A?.Dispose();
        B?.Dispose();
        PostgresCluster.DropDatabase(Connection);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder.
        }
    }
}
