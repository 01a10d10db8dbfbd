using System.Net;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Storage;

/// <summary>Write-ahead logging, online backups and restores, and upgrades from the first schema with nothing lost.</summary>
public sealed class DurabilityTests
{
    private static readonly string FirstSchema = Path.Combine(RepositoryPaths.Root, "tests", "Alliance.Wiki.Tests", "Fixtures", "schema-20261122040000-initial.db");

    [Fact]
    public async Task The_database_runs_in_WAL_mode()
    {
        using var wiki = new WikiServer();
        var mode = await wiki.InScopeAsync(async s =>
        {
            var connection = s.GetRequiredService<WikiDbContext>().Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            return (string?)await command.ExecuteScalarAsync();
        });
        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task A_backup_taken_while_saving_is_consistent_and_restores()
    {
        using var backups = new TempContent();
        var backup = Path.Combine(backups.Folder, "backup.db");
        int before, after, total;
        using (var wiki = new WikiServer())
        {
            var saved = 0;
            var started = 0;
            var firstSaved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var backupDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            // Saves go on, one after another, until two more have committed after the backup ended.
            var saving = Task.Run(async () =>
            {
                var stopAt = int.MaxValue;
                for (var i = 0; i < stopAt; i++)
                {
                    Interlocked.Increment(ref started);
                    await wiki.InScopeAsync(s => s.GetRequiredService<ArticleWriter>().SaveAsync(
                        new SaveCommand(Probe(i), ArticleDocument.Parse($"Probe text {i}."), "editor1", "probe", false, RevisionOrigin.Editor), CancellationToken.None));
                    Interlocked.Increment(ref saved);
                    firstSaved.TrySetResult();
                    if (backupDone.Task.IsCompleted && stopAt == int.MaxValue)
                    {
                        stopAt = i + 3;
                    }
                }
            });
            await firstSaved.Task.WaitAsync(TimeSpan.FromSeconds(30));
            before = Volatile.Read(ref saved);
            WikiBackup.Copy(wiki.DatabasePath, backup);
            // A save begun before the copy ended may be in it: its commit can come before its answer returns.
            after = Volatile.Read(ref started);
            backupDone.SetResult();
            await saving.WaitAsync(TimeSpan.FromSeconds(30));
            total = Volatile.Read(ref saved);
        }

        Assert.True(before >= 1 && total > after, $"the backup did not overlap the saves ({before} saved before it, {after} begun when it ended, {total} in all)");
        Assert.Equal("ok", WikiBackup.IntegrityCheck(backup));
        using var restored = new WikiServer(RepositoryPaths.Content, new Dictionary<string, string?> { ["Wiki:DatabasePath"] = backup, ["Wiki:ImportOnStart"] = "false" });
        Assert.Equal(HttpStatusCode.OK, (await restored.Http.GetAsync(new Uri("/wiki/Korean_War", UriKind.Relative))).StatusCode);
        var titles = await restored.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Pages.Select(p => p.Title).ToListAsync());
        Assert.Equal(RepositoryPaths.ShippedArticles, titles.Count(t => !t.StartsWith("Backup probe", StringComparison.Ordinal)));
        // A consistent copy holds the saves that committed before it, in order, and none begun after it.
        var probes = titles.Count(t => t.StartsWith("Backup probe", StringComparison.Ordinal));
        Assert.InRange(probes, before, after);
        Assert.All(Enumerable.Range(0, probes), i => Assert.Contains(Probe(i), titles));
    }

    private static string Probe(int i) => $"Backup probe {i}";

    [Fact]
    public async Task A_database_from_the_first_schema_upgrades_with_nothing_lost()
    {
        using var folder = new TempContent();
        var copy = Path.Combine(folder.Folder, "old.db");
        File.Copy(FirstSchema, copy);

        using var wiki = new WikiServer(folder.Folder, new Dictionary<string, string?> { ["Wiki:DatabasePath"] = copy, ["Wiki:ImportOnStart"] = "false" });

        var revisions = await wiki.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Revisions.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
        Assert.Equal([1L, 2L, 3L], revisions.Select(r => r.Id));
        Assert.Equal("editor1", revisions[1].Author);
        Assert.Equal(1L, revisions[1].ParentId);
        var page = await Html.GetAsync(wiki.Http, "/wiki/Korean_War");
        Assert.Contains("Text written under the first schema.", page.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".article-body a.wikilink[href='/wiki/Korean_Armistice_Agreement']"));
        var alias = await wiki.Http.GetAsync(new Uri("/wiki/%EC%A0%95%EC%A0%84%ED%98%91%EC%A0%95", UriKind.Relative));
        Assert.Equal("/wiki/Korean_Armistice_Agreement?redirectedfrom=%EC%A0%95%EC%A0%84%ED%98%91%EC%A0%95", alias.Headers.Location?.OriginalString);
        Assert.Equal("ok", WikiBackup.IntegrityCheck(copy));
    }
}
