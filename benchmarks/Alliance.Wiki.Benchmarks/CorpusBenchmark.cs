using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using BenchmarkDotNet.Attributes;

namespace Alliance.Wiki.Benchmarks;

/// <summary>A benchmark on the <see cref="BenchmarkCorpus"/> index, through <see cref="ISearchIndex"/> as the pages call it.</summary>
public abstract class CorpusBenchmark : IDisposable
{
    private WikiDbContext? _db;

    [Params(10_000)]
    public int Articles { get; set; }

    protected ISearchIndex Index { get; private set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        _db = BenchmarkCorpus.Open(BenchmarkCorpus.Ensure(Articles));
        Index = new SqliteSearchIndex(_db);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _db?.Dispose();
        GC.SuppressFinalize(this);
    }
}
