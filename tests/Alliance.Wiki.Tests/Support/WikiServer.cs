using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Alliance.Wiki.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// The wiki served by Kestrel on a loopback port, on its own SQLite file in a temporary folder (or its own
/// PostgreSQL database, dropped after), importing the repository's content/ unless a test gives it another folder.
/// </summary>
public class WikiServer : WebApplicationFactory<Program>
{
    private readonly string _contentPath;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public WikiServer()
        : this(RepositoryPaths.Content)
    {
    }

    // Not public: xunit needs a class fixture to have exactly one public constructor.
    internal WikiServer(string contentPath, IReadOnlyDictionary<string, string?>? settings = null, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        _contentPath = contentPath;
        _settings = settings ?? new Dictionary<string, string?>();
        if (provider == DatabaseProvider.PostgreSql)
        {
            PostgresConnection = PostgresCluster.CreateDatabase();
            _settings = new Dictionary<string, string?>(_settings)
            {
                ["Wiki:Database:Provider"] = nameof(DatabaseProvider.PostgreSql),
                ["ConnectionStrings:Wiki"] = PostgresConnection,
            };
        }

        Directory.CreateDirectory(Folder);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        if (contentPath == RepositoryPaths.Content && !_settings.ContainsKey("Wiki:DatabasePath") && provider == DatabaseProvider.Sqlite)
        {
            RepositoryTemplate.Start(this);
        }
        else
        {
            StartServer();
        }

        Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Http = NewClient(followRedirects: false);
    }

    /// <summary>Starts the server; a hook for <see cref="RepositoryTemplate"/>, which copies a database in first.</summary>
    internal void Start() => StartServer();

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "alliance-wiki-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The server's own PostgreSQL database, or null on SQLite.</summary>
    public string? PostgresConnection { get; }

    public string DatabasePath => _settings.TryGetValue("Wiki:DatabasePath", out var path) && path is not null ? path : Path.Combine(Folder, "wiki.db");

    public Uri Address { get; }

    /// <summary>A client that does not follow redirects, so tests see every status code.</summary>
    public HttpClient Http { get; }

    public HttpClient NewClient(bool followRedirects) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects }) { BaseAddress = Address };

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return InScopeAsync(async services =>
        {
            await work(services);
            return true;
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = new Dictionary<string, string?>
        {
            ["Wiki:DatabasePath"] = DatabasePath,
            ["Wiki:ContentPath"] = _contentPath,
        };
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<RequestConnections>();
            // Identity's PBKDF2 with 1,000 rounds, not its 100,000: the same hasher and format, a hundredth of the
            // cost. The suite signs in and creates accounts hundreds of times, and at 100,000 rounds hashing was more
            // than a quarter of the test process's CPU (docs/benchmarks.md, "Test suite time"). The wiki keeps its
            // default.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
            services.ConfigureWikiDbContext((provider, options) => options.AddInterceptors(provider.GetRequiredService<RequestConnections>()));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Http.Dispose();
            SqliteConnection.ClearAllPools();
            if (PostgresConnection is not null)
            {
                PostgresCluster.DropDatabase(PostgresConnection);
            }

            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left for the OS to clean; it is in the temp folder.
            }
        }
    }
}
