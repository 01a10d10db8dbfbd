using Alliance.Wiki.Caching;
using Alliance.Wiki.Core.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// One wiki server for a whole test class, returned before each test to the state it started in: its content/ files
/// written again, its database restored from a snapshot taken after the first start (SQLite's online backup, into the
/// live file), and the page cache's versions moved on so no page cached by an earlier test is served. Starting a server
/// costs far more than a restore, so a class pays it once. Sign-ins are not rate-limited here (every test signs in from
/// the same address); the limits are tested on servers of their own.
/// </summary>
public sealed class SharedWiki<TArticles> : IDisposable
    where TArticles : IWikiArticles
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Wiki:RateLimits:SignInPerMinute"] = "100000" };

    private readonly string _snapshot;

    public SharedWiki()
    {
        Wiki = new TempWiki(TArticles.Write, Settings);
        _snapshot = Path.Combine(Wiki.Server.Folder, "snapshot.db");
        WikiBackup.Copy(Wiki.Server.DatabasePath, _snapshot);
    }

    public TempWiki Wiki { get; }

    /// <summary>Back to the state after the first start; called by each test class's InitializeAsync.</summary>
    public ValueTask ResetAsync()
    {
        foreach (var file in Directory.GetFiles(Wiki.Content.Folder))
        {
            File.Delete(file);
        }

        TArticles.Write(Wiki.Content);
        WikiBackup.Copy(_snapshot, Wiki.Server.DatabasePath);
        Wiki.Server.Services.GetRequiredService<ArticleCache>().WikiChanged();
        return ValueTask.CompletedTask;
    }

    public void Dispose() => Wiki.Dispose();
}
