namespace Alliance.Wiki.Tests.Support;

/// <summary>What a child wiki runs on: its SQLite file (or, through <paramref name="Environment"/>, PostgreSQL), its content, and any other settings as environment variables.</summary>
/// <param name="DatabasePath">Wiki:DatabasePath (the SQLite file; beside it the search index, unless Wiki__SearchIndexPath says otherwise).</param>
/// <param name="ContentPath">Wiki:ContentPath.</param>
/// <param name="Environment">More settings, such as <c>Wiki__Database__Provider</c> and <c>ConnectionStrings__Wiki</c>.</param>
public sealed record WikiProcessSettings(string DatabasePath, string ContentPath, IReadOnlyDictionary<string, string>? Environment = null)
{
    /// <summary>A node of a wiki on a PostgreSQL database, with a search index folder of its own.</summary>
    public static WikiProcessSettings PostgresNode(string connectionString, string contentPath, string indexFolder, IReadOnlyDictionary<string, string>? more = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Wiki__Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Wiki"] = connectionString,
            ["Wiki__SearchIndexPath"] = indexFolder,
        };
        foreach (var (name, value) in more ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        return new WikiProcessSettings(Path.Combine(indexFolder, "unused.db"), contentPath, environment);
    }
}
