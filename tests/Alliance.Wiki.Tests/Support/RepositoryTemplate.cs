using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// The repository's content/ imported once per test run: the first server on it migrates and imports as any wiki does,
/// and its database (SQLite's online backup) and its search index (its files, which hold its last commit whole) are copied for every
/// later server on content/, whose start then finds every file imported and the index at the log's last row. Eighty
/// articles imported for each of dozens of servers was most of their start time, and rebuilding the index from the
/// copied database most of the rest.
/// </summary>
internal static class RepositoryTemplate
{
    private static readonly Lock Gate = new();
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "alliance-wiki-tests", $"content-template-{Environment.ProcessId}");
    private static readonly string Database = Path.Combine(Folder, "wiki.db");
    private static readonly string Index = Path.Combine(Folder, "search");
    private static bool _built;

    public static void Start(WikiServer server)
    {
        lock (Gate)
        {
            if (_built)
            {
                WikiBackup.Copy(Database, server.DatabasePath);
                CopyIndex(Index, Path.Combine(server.Folder, "search"));
                server.Start();
                return;
            }

            server.Start();

            // The index's commit first, then the database: a copy's index is never ahead of its database, and what it
            // lacks (nothing, here) the copy's start replays from the change log.
            // On the thread pool: the fixture's constructor is synchronous, and the test framework's context must not be
            // the one the commit's continuations wait for.
            Task.Run(() => server.InScopeAsync(s => s.GetRequiredService<SearchReindexer>().CatchUpAsync(CancellationToken.None))).GetAwaiter().GetResult();
            WikiBackup.Copy(server.DatabasePath, Database);
            CopyIndex(Path.Combine(server.Folder, "search"), Index);
            _built = true;
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                if (Directory.Exists(Folder))
                {
                    Directory.Delete(Folder, recursive: true);
                }
            };
        }
    }

    /// <summary>
    /// The index folder's files but its locks. The files of a commit are never changed and stay until a later commit, so
    /// a copy of a live index holds its last commit whole; a file a merge dropped meanwhile is simply not copied.
    /// </summary>
    private static void CopyIndex(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (name is "owner.lock" or "write.lock")
            {
                continue;
            }

            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                File.Copy(file, target, overwrite: true);
            }
            catch (FileNotFoundException)
            {
                // Deleted by a merge after the listing: no commit that the copy can open names it.
            }
        }
    }
}
