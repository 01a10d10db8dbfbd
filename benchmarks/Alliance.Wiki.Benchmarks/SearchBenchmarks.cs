using Alliance.Wiki.Core.Search;
using BenchmarkDotNet.Attributes;

namespace Alliance.Wiki.Benchmarks;

/// <summary>
/// One results page (20 hits with passages, the total and the category counts) on 10,000 generated articles plus the
/// shipped ones. The queries mix the issue's own cases, Korean substrings, operators, a filter, a word in most
/// articles (railway) and a misspelling (Did you mean).
/// </summary>
public class SearchBenchmarks : CorpusBenchmark
{
    public static IEnumerable<string> Queries =>
    [
        "armistice", "missile defense", "burden sharing", "\"free trade agreement\"", "treaty -nuclear", "alliance OR treaty",
        "election category:Politics", "railway", "government policy", "주한미군", "미군", "armistise",
    ];

    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public Task<SearchResults> Search(string query) => Index.SearchAsync(SearchQuery.Parse(query), 0, 20, CancellationToken.None);
}
