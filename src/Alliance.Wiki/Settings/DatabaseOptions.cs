using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Settings;

/// <summary>The "Wiki:Database" settings: which provider keeps the wiki (SQLite by default; PostgreSQL with <c>ConnectionStrings:Wiki</c>).</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
