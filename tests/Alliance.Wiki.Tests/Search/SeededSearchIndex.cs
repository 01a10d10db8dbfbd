using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Search;

/// <summary>
/// The FTS5 engine on a real migrated SQLite file, seeded with four documents fed to it directly: United States Forces
/// Korea (1), Mutual Defense Treaty (2), THAAD (3) and Kaesŏng Industrial Region (4).
/// </summary>
public sealed class SeededSearchIndex : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private WikiDbContext _db = null!;

    public SqliteSearchIndex Index { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        _db = _database.NewContext();
        Index = new SqliteSearchIndex(_db);
        await IndexAsync(1, "United States Forces Korea", "USFK is stationed in Pyeongtaek. 주한미군은 평택에 있다.", aliases: ["USFK", "주한미군"], categories: ["Military and security", "Alliance"]);
        await IndexAsync(2, "Mutual Defense Treaty (1953)", "The treaty of 1953 binds the allies.", aliases: ["한미상호방위조약"], categories: ["Treaties and agreements", "Alliance"]);
        await IndexAsync(3, "Terminal High Altitude Area Defense", "A missile defense battery; Korean: 사드.", aliases: ["THAAD", "사드"], categories: ["Military and security"]);
        await IndexAsync(4, "Kaesŏng Industrial Region", "Factories north of the border.", categories: ["Economy"]);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>Indexes a document whose summary is "About {title}.".</summary>
    public Task IndexAsync(long id, string title, string body, string[]? aliases = null, string[]? categories = null) =>
        Index.IndexAsync(new SearchDocument(id, title, aliases ?? [], [], $"About {title}.", categories ?? [], body), CancellationToken.None);

    public Task<SearchResults> SearchAsync(string query) => Index.SearchAsync(SearchQuery.Parse(query), 0, 20, CancellationToken.None);

    public async Task<List<long>> IdsAsync(string query) => [.. (await SearchAsync(query)).Hits.Select(h => h.PageId)];

    public Task<IReadOnlyList<TitleSuggestion>> SuggestAsync(string prefix) => Index.SuggestAsync(prefix, 10, CancellationToken.None);
}
