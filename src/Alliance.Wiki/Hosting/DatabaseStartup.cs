using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Chronology;
using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Settings;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Hosting;

/// <summary>Before the first request: the schema, then content/ when it is newer than the database (the search index follows, in Indexing/).</summary>
public sealed class DatabaseStartup(IServiceProvider services, IOptions<WikiOptions> options, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WikiDbContext>();
        // Nodes starting together on PostgreSQL take turns: one migrates, bootstraps and imports; the others find it done.
        await using var startup = await StartupLock.AcquireAsync(db, cancellationToken);
        await WikiDatabase.MigrateAsync(db, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<AccountBootstrap>().EnsureAsync(Console.Out);
        await scope.ServiceProvider.GetRequiredService<ChronologyBackfill>().EnsureCompleteAsync(cancellationToken);
        var folder = WikiPaths.Resolve(options.Value.ContentPath);
        if (!options.Value.ImportOnStart)
        {
            return;
        }

        if (!Directory.Exists(folder))
        {
            logger.LogWarning("No content folder at {Folder}: nothing to import.", folder);
            return;
        }

        await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(folder, null, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
