using System.Globalization;

namespace Alliance.Wiki.Benchmarks;

/// <summary>
/// How many generated articles the corpus benchmarks run on: <c>WIKI_BENCH_ARTICLES</c> (one number, or several
/// separated by commas, e.g. <c>1000,10000</c>), or 10,000 when it is not set.
/// </summary>
public static class BenchmarkSize
{
    public const string Variable = "WIKI_BENCH_ARTICLES";

    public const int Default = 10_000;

    public static IEnumerable<int> Articles()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return [Default];
        }

        return value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => int.TryParse(n.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
                ? count
                : throw new InvalidOperationException($"{Variable} must be a positive number of articles (or several, separated by commas), not '{n}'."))
            .Distinct()
            .ToList();
    }
}
