namespace Alliance.Wiki.Core.Storage;

/// <summary>The database a wiki runs on: the provider, and the SQLite file's path or PostgreSQL's connection string.</summary>
public sealed record WikiStore(DatabaseProvider Provider, string Connection)
{
    public static WikiStore Sqlite(string path) => new(DatabaseProvider.Sqlite, path);

    public static WikiStore PostgreSql(string connectionString) => new(DatabaseProvider.PostgreSql, connectionString);

    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;

    /// <summary>For messages and logs: the file, or the server and database without the password.</summary>
    public string Describe()
    {
        if (IsSqlite)
        {
            return Connection;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(Connection);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }
}
