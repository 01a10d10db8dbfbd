using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Chronology;
using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Editing;
using Alliance.Wiki.Core.History;
using Alliance.Wiki.Core.Indexing;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core;

/// <summary>Every core layer, bottom up, each registering its own services: the web host, the tests and the benchmarks all compose through this.</summary>
public static class WikiCore
{
    /// <param name="services">The container.</param>
    /// <param name="store">The database: a SQLite file or a PostgreSQL server.</param>
    /// <param name="searchIndexFolder">The Lucene index's folder.</param>
    /// <param name="indexing">The <see cref="IndexingOptions.Section"/> settings (an empty section gives the defaults).</param>
    public static IServiceCollection AddWikiCore(
        this IServiceCollection services, Func<IServiceProvider, WikiStore> store, Func<IServiceProvider, string> searchIndexFolder, IConfiguration indexing) =>
        services
            .AddWikiStorage(store)
            .AddWikiMarkup()
            .AddWikiArticles()
            .AddWikiSearch(searchIndexFolder)
            .AddWikiApiTokens()
            .AddWikiContent()
            .AddWikiEditing()
            .AddWikiHistory()
            .AddWikiIndexing(indexing)
            .AddWikiChronology();

    /// <summary>The same on a SQLite file.</summary>
    public static IServiceCollection AddWikiCore(
        this IServiceCollection services, Func<IServiceProvider, string> databasePath, Func<IServiceProvider, string> searchIndexFolder, IConfiguration indexing) =>
        services.AddWikiCore(provider => WikiStore.Sqlite(databasePath(provider)), searchIndexFolder, indexing);
}
