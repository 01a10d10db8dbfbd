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
        using (var wiki = new WikiServer())
        {
            var saving = Task.Run(async () =>
            {
                for (var i = 0; i < 30; i++)
                {
                    await wiki.InScopeAsync(s => s.GetRequiredService<ArticleWriter>().SaveAsync(
                        new SaveCommand($"Backup probe {i}", ArticleDocument.Parse($"Probe text {i}."), "editor1", "probe", false, RevisionOrigin.Editor), CancellationToken.None));
                }
            });
            WikiBackup.Copy(wiki.DatabasePath, backup);
            await saving;
        }

        Assert.Equal("ok", WikiBackup.IntegrityCheck(backup));
        using var restored = new WikiServer(RepositoryPaths.Content, new Dictionary<string, string?> { ["Wiki:DatabasePath"] = backup, ["Wiki:ImportOnStart"] = "false" });
        Assert.Equal(HttpStatusCode.OK, (await restored.Http.GetAsync(new Uri("/wiki/Korean_War", UriKind.Relative))).StatusCode);
        Assert.True(await restored.InScopeAsync(s => s.GetRequiredService<WikiDbContext>().Pages.CountAsync()) >= 31);
    }

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
