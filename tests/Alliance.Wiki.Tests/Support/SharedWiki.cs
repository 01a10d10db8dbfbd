using Alliance.Wiki.Caching;
using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Indexing;
using Alliance.Wiki.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// One wiki server for a whole test class, returned before each test to the state it started in: its content/ files
/// written again, its database restored from a snapshot taken after the first start (SQLite's online backup, into the
/// live file), the page cache's versions moved on so no page cached by an earlier test is served, and the search index
/// rebuilt from the restored database when the test changed anything (the index would otherwise be ahead of it). Starting a server
/// costs far more than a restore, so a class pays it once. Sign-ins are not rate-limited here (every test signs in from
/// the same address); the limits are tested on servers of their own.
/// </summary>
public sealed class SharedWiki<TArticles> : IAsyncLifetime
    where TArticles : IWikiArticles
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Wiki:RateLimits:SignInPerMinute"] = "100000" };

    private string _snapshot;
    private long _snapshotChange;

    public SharedWiki()
    {
        var provider = typeof(IOnPostgres).IsAssignableFrom(typeof(TArticles)) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        if (provider == DatabaseProvider.PostgreSql)
        {
            PostgresCluster.Require();
        }

        Wiki = new TempWiki(TArticles.Write, Settings, provider);
        _snapshot = Path.Combine(Wiki.Server.Folder, "snapshot.db");
    }

    /// <summary>Takes the snapshot each test returns to, once the server has started (on PostgreSQL, a database made from it as a template).</summary>
    public async ValueTask InitializeAsync()
    {
        if (Wiki.Server.PostgresConnection is { } postgres)
        {
            _snapshot = PostgresCluster.Copy(postgres);
        }
        else
        {
            WikiBackup.Copy(Wiki.Server.DatabasePath, _snapshot);
        }

        _snapshotChange = await HighestChangeAsync();
    }

    public TempWiki Wiki { get; }

    /// <summary>Back to the state after the first start; called by each test class's InitializeAsync.</summary>
    public async ValueTask ResetAsync()
    {
        foreach (var file in Directory.GetFiles(Wiki.Content.Folder))
        {
            File.Delete(file);
        }

        TArticles.Write(Wiki.Content);
        var changed = await HighestChangeAsync() != _snapshotChange;
        if (Wiki.Server.PostgresConnection is { } postgres)
        {
            PostgresCluster.Restore(_snapshot, postgres);
        }
        else
        {
            WikiBackup.Copy(_snapshot, Wiki.Server.DatabasePath);
        }

        Wiki.Server.Services.GetRequiredService<ArticleCache>().WikiChanged();
        if (changed)
        {
            await Wiki.Server.InScopeAsync(s => s.GetRequiredService<SearchReindexer>().RebuildAsync(null, CancellationToken.None));
        }
    }

    private Task<long> HighestChangeAsync() =>
        Wiki.Server.InScopeAsync(async s => await ChangeLog.HighestAsync(s.GetRequiredService<WikiDbContext>(), CancellationToken.None));

    public ValueTask DisposeAsync()
    {
        Wiki.Dispose();
        if (Wiki.Server.PostgresConnection is not null)
        {
            PostgresCluster.DropDatabase(_snapshot);
        }

        return ValueTask.CompletedTask;
    }
}
