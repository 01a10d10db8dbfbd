using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Storage.Copying;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Tests.Storage;

/// <summary>The copy's check, on a real SQLite file and a real PostgreSQL database; and that the copy forgets no table.</summary>
public sealed class CopyVerifierTests
{
    [Fact]
    public async Task A_changed_revision_text_and_a_missing_row_are_reported_as_mismatches()
    {
        var target = PostgresCluster.CreateDatabase();
        try
        {
            using var content = new TempContent();
            var source = WikiStore.Sqlite(await CopySources.SeedAsync(content.Folder));
            var copy = WikiStore.PostgreSql(target);
            await DatabaseCopier.CopyAsync(source, copy, null, CancellationToken.None);
            var faithful = await CopyVerifier.VerifyAsync(source, copy, CancellationToken.None);
            Assert.True(faithful.Matches, "a fresh copy should match its source");
            Assert.Equal(faithful.SourceRevisionChecksum, faithful.TargetRevisionChecksum);
            Assert.All(faithful.Tables, t => Assert.True(t.Matches, t.Table));

            await using (var db = WikiDatabase.Open(copy))
            {
                await db.Revisions.Where(r => r.Text == "Second, 한국어.").ExecuteUpdateAsync(r => r.SetProperty(x => x.Text, "Second, 한국어!"));
                await db.Categories.ExecuteDeleteAsync();
            }

            var damaged = await CopyVerifier.VerifyAsync(source, copy, CancellationToken.None);

            Assert.False(damaged.Matches);
            Assert.False(damaged.ChecksumMatches);
            Assert.Equal(faithful.SourceRevisionChecksum, damaged.SourceRevisionChecksum);
            Assert.Equal(new TableCount("categories", 1, 0), damaged.Tables.Single(t => !t.Matches));
            Assert.Equal(3, damaged.Tables.Single(t => t.Table == "revisions").Target);
        }
        finally
        {
            PostgresCluster.DropDatabase(target);
        }
    }

    [Fact]
    public void Every_table_of_the_model_is_copied_or_named_as_left_out()
    {
        using var content = new TempContent();
        using var db = WikiDatabase.Open(WikiStore.Sqlite(Path.Combine(content.Folder, "model.db")));
        var copied = CopiedTables.All.Select(t => t.EntityType).Concat(CopiedTables.Skipped.Keys).ToList();

        Assert.Equal(copied.Count, copied.Distinct().Count());
        Assert.Equal(
            db.Model.GetEntityTypes().Select(e => e.ClrType.FullName).Order(StringComparer.Ordinal),
            copied.Select(t => t.FullName).Order(StringComparer.Ordinal));
    }
}
