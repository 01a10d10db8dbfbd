using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using BenchmarkDotNet.Attributes;

namespace Alliance.Wiki.Benchmarks;

/// <summary>A benchmark on the <see cref="BenchmarkCorpus"/> index, through <see cref="ISearchIndex"/> as the pages call it.</summary>
public abstract class CorpusBenchmark : IDisposable
{
    private WikiDbContext? _db;
    private SearchIndexStore? _store;

    /// <summary>The number of generated articles: <see cref="BenchmarkSize"/> (WIKI_BENCH_ARTICLES, default 10,000).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSize.Articles();

    protected ISearchIndex Index { get; private set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = BenchmarkCorpus.Ensure(Articles);
        _db = BenchmarkCorpus.Open(path);
        _store = BenchmarkCorpus.OpenIndex(path);
        Index = new LuceneSearchIndex(_store, new SqliteTitleSuggestions(_db));
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _store?.Dispose();
        _db?.Dispose();
        GC.SuppressFinalize(this);
    }
}
