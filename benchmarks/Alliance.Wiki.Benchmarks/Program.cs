using Alliance.Wiki.Benchmarks;
using Alliance.Wiki.Corpus;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// corpus N FOLDER [SEED]: write N generated articles in the content/ format (for imports and load tests).
if (args is ["corpus", var count, var folder, .. var rest])
{
    var seed = rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : BenchmarkCorpus.Seed;
    var written = new CorpusGenerator(seed, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)).WriteTo(folder);
    Console.WriteLine($"Wrote {written} articles (seed {seed}) to {Path.GetFullPath(folder)}.");
    return 0;
}

// Otherwise BenchmarkDotNet, in this process: --filter '*' runs everything, --list flat lists the benchmarks.
// Few iterations keep a run to minutes on a shared 2-core machine; medians are what docs/benchmarks.md quotes.
var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
    .WithWarmupCount(2).WithIterationCount(12).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250));
var config = DefaultConfig.Instance.AddJob(job.AsDefault()).AddColumn(StatisticColumn.Median, StatisticColumn.P95)
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkCorpus).Assembly).Run(args, config);
return 0;
