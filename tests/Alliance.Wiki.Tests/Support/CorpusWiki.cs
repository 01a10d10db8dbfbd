using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Indexing;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Corpus;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// The wiki with the shipped content and a few thousand generated articles imported after it, through the real
/// importer: a corpus of realistic size, so bm25 statistics mean something (STACK.md). Importing and indexing them
/// costs more than the tests that read them, so the database and index are built once per build of the wiki, the
/// generator and content/ (<see cref="BuiltWikiCache"/>) and each run serves a copy. Shared by the test classes of
/// <see cref="CorpusWikiDefinition"/>, which only read it; other classes run meanwhile.
/// </summary>
public sealed class CorpusWiki : IAsyncLifetime
{
    public const int Seed = 20261122;
    public const int GeneratedArticles = 2000;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "alliance-wiki-corpus", Guid.NewGuid().ToString("N"));

    public WikiServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var key = BuiltWikiCache.Key([typeof(WikiDbContext), typeof(Program), typeof(CorpusGenerator)], [RepositoryPaths.Content], Seed, GeneratedArticles);
        await BuiltWikiCache.CopyToAsync("corpus", key, _folder, BuildAsync);
        Server = new WikiServer(RepositoryPaths.Content, DatabaseIn(_folder));

        // A save waits at most 2 s for its change to be searchable; a build on a busy machine may have stopped
        // before the last batches were applied: the ranking tests need all of them.
        await Server.InScopeAsync(s => s.GetRequiredService<SearchReindexer>().CatchUpAsync(CancellationToken.None));
    }

    public ValueTask DisposeAsync()
    {
        Server.Dispose();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private static async Task BuildAsync(string folder)
    {
        var generated = Path.Combine(folder, "generated");
        new CorpusGenerator(Seed, GeneratedArticles).WriteTo(generated);
        using (var server = new WikiServer(RepositoryPaths.Content, DatabaseIn(folder)))
        {
            await server.InScopeAsync(s => s.GetRequiredService<ContentImporter>().ImportAsync(generated, null, CancellationToken.None));
            await server.InScopeAsync(s => s.GetRequiredService<SearchReindexer>().CatchUpAsync(CancellationToken.None));
        }

        Directory.Delete(generated, recursive: true);
    }

    private static Dictionary<string, string?> DatabaseIn(string folder) => new() { ["Wiki:DatabasePath"] = Path.Combine(folder, "wiki.db") };
}
