using Alliance.Wiki.Core.Search;
using BenchmarkDotNet.Attributes;

namespace Alliance.Wiki.Benchmarks;

/// <summary>Ten title and alias suggestions for what a reader has typed so far, on the same corpus as <see cref="SearchBenchmarks"/>.</summary>
public class SuggestBenchmarks : CorpusBenchmark
{
    public static IEnumerable<string> Prefixes => ["k", "kor", "korea-united", "mutual def", "ba", "Bobaba M", "주한", "zzq"];

    [Benchmark]
    [ArgumentsSource(nameof(Prefixes))]
    public Task<IReadOnlyList<TitleSuggestion>> Suggest(string prefix) => Index.SuggestAsync(prefix, 10, CancellationToken.None);
}
