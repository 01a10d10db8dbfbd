using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alliance.Wiki.Tests.Search;

/// <summary>
/// The search engine on a real Lucene folder and a real migrated SQLite file (for suggestions), seeded with documents
/// fed to it directly: United States Forces Korea (1), Mutual Defense Treaty (2), THAAD (3), Kaesŏng Industrial Region (4).
/// </summary>
public sealed class SeededSearchIndex : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "alliance-wiki-index", Guid.NewGuid().ToString("N"));
    private WikiDbContext _db = null!;
    private SearchIndexStore _store = null!;

    public ISearchIndex Index { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        _db = _database.NewContext();

        // Saves write the names inside their transaction; here the connection is simply kept open.
        await _db.Database.OpenConnectionAsync();
        _store = new SearchIndexStore(new SearchIndexLocation(_folder), NullLogger<SearchIndexStore>.Instance);
        Assert.True(_store.TryTakeOwnership());
        var writer = _store.CreateGeneration(out var generation);
        SearchIndexStore.Commit(writer, 0, "test");
        _store.Replace(generation);
        Index = new LuceneSearchIndex(_store, new SqliteTitleSuggestions(_db));
        await IndexAsync(1, "United States Forces Korea", "USFK is stationed in Pyeongtaek. 주한미군은 평택에 있다.", aliases: ["USFK", "주한미군"], categories: ["Military and security", "Alliance"]);
        await IndexAsync(2, "Mutual Defense Treaty (1953)", "The treaty of 1953 binds the allies.", aliases: ["한미상호방위조약"], categories: ["Treaties and agreements", "Alliance"]);
        await IndexAsync(3, "Terminal High Altitude Area Defense", "A missile defense battery; Korean: 사드.", aliases: ["THAAD", "사드"], categories: ["Military and security"]);
        await IndexAsync(4, "Kaesŏng Industrial Region", "Factories north of the border.", categories: ["Economy"]);
    }

    public async ValueTask DisposeAsync()
    {
        _store.Dispose();
        await _db.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Indexes a document whose summary is "About {title}.", as the change log's applier does, and makes it searchable.</summary>
    public Task IndexAsync(long id, string title, string body, string[]? aliases = null, string[]? categories = null, string[]? headings = null) =>
        IndexAsync(new SearchDocument(id, title, aliases ?? [], headings ?? [], $"About {title}.", categories ?? [], body));

    public async Task IndexAsync(SearchDocument document)
    {
        await new SqliteTitleSuggestions(_db).ReplaceAsync(document, CancellationToken.None);
        _store.Writer.UpdateDocument(IndexedDocument.PageTerm(document.PageId), IndexedDocument.From(document));
        _store.Refresh();
    }

    public async Task RemoveAsync(long id)
    {
        await new SqliteTitleSuggestions(_db).RemoveAsync(id, CancellationToken.None);
        _store.Writer.DeleteDocuments(IndexedDocument.PageTerm(id));
        _store.Refresh();
    }

    public Task<SearchResults> SearchAsync(string query) => Index.SearchAsync(SearchQuery.Parse(query), 0, 20, CancellationToken.None);

    public async Task<List<long>> IdsAsync(string query) => [.. (await SearchAsync(query)).Hits.Select(h => h.PageId)];

    public Task<IReadOnlyList<TitleSuggestion>> SuggestAsync(string prefix) => Index.SuggestAsync(prefix, 10, CancellationToken.None);
}
