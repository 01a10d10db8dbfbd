using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Settings;

/// <summary>The "Wiki" settings section (appsettings.json, or environment variables such as Wiki__DatabasePath).</summary>
public sealed class WikiOptions
{
    public const string Section = "Wiki";

    /// <summary>The provider: <c>Wiki:Database:Provider</c> = <c>Sqlite</c> (the default) or <c>PostgreSql</c>.</summary>
    public DatabaseOptions Database { get; set; } = new();

    /// <summary>The SQLite file; a relative path is taken from the project root (the folder holding content/).</summary>
    public string DatabasePath { get; set; } = "data/wiki.db";

    /// <summary>The Lucene search index's folder; empty means <c>search/</c> beside the database (<c>data/search/</c>).</summary>
    public string SearchIndexPath { get; set; } = string.Empty;

    /// <summary>The folder of Markdown articles imported at start.</summary>
    public string ContentPath { get; set; } = "content";

    /// <summary>Import content/ when the wiki starts; unchanged files cost one lookup each.</summary>
    public bool ImportOnStart { get; set; } = true;

    /// <summary>Let readers without an account edit. Off by default.</summary>
    public bool AllowAnonymousEdits { get; set; }

    /// <summary>Keep whole article pages for readers who are not signed in in memory (the page cache, Caching/ArticleCache). On by default.</summary>
    public bool PageCache { get; set; } = true;

    /// <summary>The wiki's name, shown in the header and titles.</summary>
    public string SiteName { get; set; } = "Alliance Wiki";

    /// <summary>
    /// The database the settings name: the SQLite file, or PostgreSQL at <c>ConnectionStrings:Wiki</c>
    /// (a clear error at start when that is missing, rather than a wiki on the wrong store).
    /// </summary>
    public WikiStore Store(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (Database.Provider == DatabaseProvider.Sqlite)
        {
            return WikiStore.Sqlite(WikiPaths.Resolve(DatabasePath));
        }

        var connection = configuration.GetConnectionString("Wiki");
        return string.IsNullOrWhiteSpace(connection)
            ? throw new InvalidOperationException("Wiki:Database:Provider is PostgreSql, but ConnectionStrings:Wiki is not set (e.g. ConnectionStrings__Wiki=\"Host=127.0.0.1;Database=wiki;Username=wiki;Password=…\").")
            : WikiStore.PostgreSql(connection);
    }

    /// <summary>The search index's folder, resolved: the setting, or <c>search/</c> beside the database.</summary>
    public string SearchIndexFolder() =>
        SearchIndexPath.Length > 0 ? WikiPaths.Resolve(SearchIndexPath) : Path.Combine(Path.GetDirectoryName(WikiPaths.Resolve(DatabasePath)) ?? ".", "search");
}
