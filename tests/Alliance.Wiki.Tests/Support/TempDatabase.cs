using Alliance.Wiki.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Tests.Support;

/// <summary>A migrated wiki database in a temporary file, without a web server: for tests of one layer.</summary>
public sealed class TempDatabase : IAsyncLifetime
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "alliance-wiki-db", Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_folder, "wiki.db");

    public WikiDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<WikiDbContext>();
        WikiDatabase.Configure(options, Path);
        return new WikiDbContext(options.Options);
    }

    public async ValueTask InitializeAsync()
    {
        await using var db = NewContext();
        await WikiDatabase.MigrateAsync(db, CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
