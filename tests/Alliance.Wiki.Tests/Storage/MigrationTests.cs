using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Tests.Storage;

/// <summary>Each provider's migrations match the model (no change without a migration) and a new database gets them all.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void The_sqlite_snapshot_matches_the_model()
    {
        using var folder = new TempContent();
        using var db = WikiDatabase.Open(WikiStore.Sqlite(Path.Combine(folder.Folder, "model.db")));
        Assert.IsType<WikiDbContext>(db);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQLite migration: see docs/migrations.md.");
    }

    [Fact]
    public void The_postgresql_snapshot_matches_the_model()
    {
        // The comparison reads the model and the snapshot only; it opens no connection.
        using var db = WikiDatabase.Open(WikiStore.PostgreSql("Host=127.0.0.1;Database=never_opened"));
        Assert.IsType<PostgresWikiDbContext>(db);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration: see docs/migrations.md.");
    }

    [Fact]
    public async Task A_new_postgresql_database_gets_every_migration_and_its_identity()
    {
        var connection = PostgresCluster.CreateDatabase();
        try
        {
            await using var db = WikiDatabase.Open(WikiStore.PostgreSql(connection));
            await WikiDatabase.MigrateAsync(db, CancellationToken.None);

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal(32, (await ChangeLog.WikiIdAsync(db, CancellationToken.None)).Length);
            Assert.Equal(0, await db.Pages.CountAsync());
        }
        finally
        {
            PostgresCluster.DropDatabase(connection);
        }
    }

    [Fact]
    public void The_two_providers_keep_separate_migrations()
    {
        using var folder = new TempContent();
        using var sqlite = WikiDatabase.Open(WikiStore.Sqlite(Path.Combine(folder.Folder, "model.db")));
        using var postgres = WikiDatabase.Open(WikiStore.PostgreSql("Host=127.0.0.1;Database=never_opened"));

        Assert.Contains("20261122040000_InitialSchema", sqlite.Database.GetMigrations());
        Assert.Equal(["20261201161232_InitialSchema"], postgres.Database.GetMigrations().Take(1));
        Assert.Empty(sqlite.Database.GetMigrations().Intersect(postgres.Database.GetMigrations()));
    }
}
