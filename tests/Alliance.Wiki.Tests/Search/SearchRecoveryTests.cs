using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Search;

/// <summary>
/// A missing index, or one ahead of a database restored from an older backup, is found at start and rebuilt from the
/// database in the background; searches meanwhile answer 200 (with a notice), never an error.
/// </summary>
public sealed class SearchRecoveryTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "alliance-wiki-recovery", Guid.NewGuid().ToString("N"));

    public SearchRecoveryTests()
    {
        _content.Write("alpha.md", "Alpha", "Alpha speaks of the zephyrword.");
        Directory.CreateDirectory(_folder);
    }

    private string Database => Path.Combine(_folder, "wiki.db");

    private string IndexFolder => Path.Combine(_folder, "search");

    [Fact]
    public async Task A_deleted_index_folder_is_rebuilt_at_start()
    {
        using (var first = Start())
        {
            Assert.Equal(["Alpha"], await SearchPages.FoundAsync(first.Http, "zephyrword"));
        }

        Directory.Delete(IndexFolder, recursive: true);

        using var second = Start();
        var (found, _) = await SearchPages.WaitUntilFoundAsync(second.Http, "zephyrword", "Alpha");
        Assert.Equal(["Alpha"], found);
        Assert.True(Directory.Exists(IndexFolder));
    }

    [Fact]
    public async Task A_truncated_index_file_is_rebuilt_at_start()
    {
        using (var first = Start())
        {
            Assert.Equal(["Alpha"], await SearchPages.FoundAsync(first.Http, "zephyrword"));
        }

        var largest = Directory.GetFiles(IndexFolder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is not ("owner.lock" or "current" or "write.lock"))
            .OrderByDescending(f => new FileInfo(f).Length).First();
        await using (var file = new FileStream(largest, FileMode.Open))
        {
            file.SetLength(file.Length / 2);
        }

        using var second = Start();
        var (found, _) = await SearchPages.WaitUntilFoundAsync(second.Http, "zephyrword", "Alpha");
        Assert.Equal(["Alpha"], found);
    }

    [Fact]
    public async Task An_index_ahead_of_a_database_restored_from_an_older_backup_is_rebuilt()
    {
        var backup = Path.Combine(_folder, "backup.db");
        using (var first = Start())
        {
            WikiBackup.Copy(Database, backup);
            await first.InScopeAsync(s => s.GetRequiredService<Core.Articles.ArticleWriter>().SaveAsync(
                new Core.Articles.SaveCommand("Alpha", Core.Markup.ArticleDocument.Parse("Alpha speaks of the laterword."), "editor1", "Edit", false, RevisionOrigin.Editor), CancellationToken.None));
            Assert.Equal(["Alpha"], await SearchPages.FoundAsync(first.Http, "laterword"));
        }

        SqliteConnection.ClearAllPools();
        File.Copy(backup, Database, overwrite: true);
        File.Delete(Database + "-wal");
        File.Delete(Database + "-shm");

        using var second = Start();
        var (found, _) = await SearchPages.WaitUntilFoundAsync(second.Http, "zephyrword", "Alpha");
        Assert.Equal(["Alpha"], found);
        Assert.Empty(await SearchPages.FoundAsync(second.Http, "laterword"));
    }

    [Fact]
    public async Task A_start_that_does_not_wait_for_the_rebuild_answers_with_a_notice_meanwhile()
    {
        using (Start())
        {
        }

        Directory.Delete(IndexFolder, recursive: true);
        using var second = Start(startWait: "0");
        var (found, _) = await SearchPages.WaitUntilFoundAsync(second.Http, "zephyrword", "Alpha");
        Assert.Equal(["Alpha"], found);
        Assert.True(await second.InScopeAsync(s => s.GetRequiredService<ISearchIndex>().CountAsync(CancellationToken.None)) == 1);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _content.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private WikiServer Start(string? startWait = null) => new(_content.Folder, new Dictionary<string, string?>
    {
        ["Wiki:DatabasePath"] = Database,
        ["Wiki:Indexing:StartWaitSeconds"] = startWait ?? "10",
    });
}
