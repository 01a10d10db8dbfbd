namespace Alliance.Wiki.Core.Storage;

/// <summary>Where the wiki keeps its one database: an embedded SQLite file (the default) or a shared PostgreSQL server.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
