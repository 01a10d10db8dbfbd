using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Indexing;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Search;

/// <summary>
/// A node indexes a run of its own saves from the documents they offered, without reading the change log; a row that
/// another node wrote in between breaks the run, and the node must then read the log and apply that row with its own.
/// The follower here polls once a minute, so nothing but that read can bring the other node's row in.
/// </summary>
public abstract class ChangeLogRunContract(DatabaseProvider provider) : IDisposable
{
    private readonly TempWiki _wiki = new(
        content => content.Write("seed.md", "Seed", "Seed text."),
        new Dictionary<string, string?> { ["Wiki:Indexing:PollSeconds"] = "60" },
        provider);

    [Fact]
    public async Task A_row_another_node_wrote_between_this_nodes_saves_is_applied_with_the_next_of_them()
    {
        await SaveHereAsync("Here first", "Here first holds the kiwiword.");
        await using (var other = CoreServices.For(_wiki.Server.Services.GetRequiredService<WikiStore>()))
        {
            await using var scope = other.CreateAsyncScope();
            await EditorSaves.SaveAsync(scope.ServiceProvider, "Elsewhere", "Elsewhere holds the emuword.");
        }

        await SaveHereAsync("Here second", "Here second holds the takaheword.");

        Assert.Equal(["Here second"], await SearchPages.FoundAsync(_wiki.Server.Http, "takaheword"));
        Assert.Equal(["Elsewhere"], await SearchPages.FoundAsync(_wiki.Server.Http, "emuword"));
        Assert.Equal(["Here first"], await SearchPages.FoundAsync(_wiki.Server.Http, "kiwiword"));
    }

    /// <summary>
    /// An import's file that fails rolls back to its savepoint, and the batch commits without it: the undone save's
    /// document must not be offered (it names a page the database never kept, under a sequence SQLite hands out
    /// again), the commit must await the kept save's sequence rather than the undone one, and the save after the
    /// transaction must still be found.
    /// </summary>
    [Fact]
    public async Task A_save_rolled_back_to_a_savepoint_is_not_indexed_and_the_saves_around_it_are()
    {
        await _wiki.Server.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<WikiDbContext>();
            var session = services.GetRequiredService<ChangeLogSession>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await EditorSaves.SaveAsync(services, "Kept in the batch", "Kept in the batch holds the wrenword.");
            var kept = session.Pending;
            Assert.NotNull(kept);
            await transaction.CreateSavepointAsync("file");
            await EditorSaves.SaveAsync(services, "Undone in the batch", "Undone in the batch holds the dodoword.");
            Assert.True(session.Pending > kept);
            await transaction.RollbackToSavepointAsync("file");

            // The commit awaits the kept save's row, not the undone one's, which no longer exists.
            Assert.Equal(kept, session.Pending);
            await transaction.CommitAsync();
        });

        await SaveHereAsync("After the batch", "After the batch holds the ternword.");

        Assert.Equal(["After the batch"], await SearchPages.FoundAsync(_wiki.Server.Http, "ternword"));
        Assert.Equal(["Kept in the batch"], await SearchPages.FoundAsync(_wiki.Server.Http, "wrenword"));
        Assert.Empty(await SearchPages.FoundAsync(_wiki.Server.Http, "dodoword"));
    }

    public void Dispose()
    {
        _wiki.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task<SaveOutcome> SaveHereAsync(string title, string text) => _wiki.Server.InScopeAsync(s => EditorSaves.SaveAsync(s, title, text));
}

/// <summary>The run and its break on SQLite, where nothing tells the server of another writer's row.</summary>
public sealed class ChangeLogRunTests() : ChangeLogRunContract(DatabaseProvider.Sqlite);

/// <summary>The same on PostgreSQL, where the other node's notification may bring its row in first: either way it is found.</summary>
public sealed class ChangeLogRunTestsOnPostgres() : ChangeLogRunContract(DatabaseProvider.PostgreSql);
