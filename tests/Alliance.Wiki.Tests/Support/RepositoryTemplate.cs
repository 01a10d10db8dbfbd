using Alliance.Wiki.Core.Content;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// The repository's content/ imported once per test run: the first server on it migrates and imports as any wiki does,
/// and its database is copied (SQLite's online backup) for every later server on content/, whose start then finds
/// every file already imported. Eighty articles imported for each of dozens of servers was most of their start time.
/// </summary>
internal static class RepositoryTemplate
{
    private static readonly Lock Gate = new();
    private static readonly string Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "alliance-wiki-tests", $"content-template-{Environment.ProcessId}.db");
    private static bool _built;

    public static void Start(WikiServer server)
    {
        lock (Gate)
        {
            if (_built)
            {
                WikiBackup.Copy(Path, server.DatabasePath);
                server.Start();
                return;
            }

            server.Start();
            WikiBackup.Copy(server.DatabasePath, Path);
            _built = true;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(Path);
        }
    }
}
