using System.Diagnostics;
using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Indexing;
using Alliance.Wiki.Corpus;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// The wiki with the shipped content and a few thousand generated articles imported after it, through the real
/// importer: a corpus of realistic size, so bm25 statistics mean something (STACK.md). Built once per test run and
/// shared by the test classes of <see cref="CorpusWikiDefinition"/>, which only read it; other classes run meanwhile.
/// </summary>
public sealed class CorpusWiki : IAsyncLifetime
{
    public const int Seed = 20261122;
    public const int GeneratedArticles = 2000;

    private readonly string _generated = Path.Combine(Path.GetTempPath(), "alliance-wiki-corpus", Guid.NewGuid().ToString("N"));

    public WikiServer Server { get; private set; } = null!;

    public ImportReport Report { get; private set; } = null!;

    public TimeSpan ImportTime { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Server = new WikiServer();
        new CorpusGenerator(Seed, GeneratedArticles).WriteTo(_generated);
        var clock = Stopwatch.StartNew();
        Report = await Server.InScopeAsync(s => s.GetRequiredService<ContentImporter>().ImportAsync(_generated, null, CancellationToken.None));
        ImportTime = clock.Elapsed;

        // A save waits at most 2 s for its change to be searchable; on a busy machine the last batches may still be
        // being applied: the ranking tests need all of them.
        await Server.InScopeAsync(s => s.GetRequiredService<SearchReindexer>().CatchUpAsync(CancellationToken.None));
    }

    public ValueTask DisposeAsync()
    {
        Server.Dispose();
        Directory.Delete(_generated, recursive: true);
        return ValueTask.CompletedTask;
    }
}
