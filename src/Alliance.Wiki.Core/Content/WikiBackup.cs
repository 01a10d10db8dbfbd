using Alliance.Wiki.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Alliance.Wiki.Core.Content;

/// <summary>A consistent copy of the live database by SQLite's online backup API: safe while the wiki serves and saves.</summary>
public static class WikiBackup
{
    public static void Copy(string databasePath, string backupPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(backupPath));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var source = new SqliteConnection(WikiDatabase.ConnectionString(databasePath));
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backupPath, Pooling = false }.ToString());
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }

    /// <summary>PRAGMA integrity_check of a database file: "ok" when it is sound.</summary>
    public static string IntegrityCheck(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
