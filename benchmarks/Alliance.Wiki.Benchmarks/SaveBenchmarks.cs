using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Editing;
using Alliance.Wiki.Corpus;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Benchmarks;

/// <summary>
/// One save of an existing article as <c>PUT /api/pages/{title}</c> makes it: <see cref="PageEditor"/> in a fresh
/// request scope, Markdown without front matter (the page keeps its aliases and categories), based on the latest
/// revision; the revision, names, categories, links, rendered HTML and search index are written in one transaction.
/// The database is the shipped content/ plus N imported generated articles (<see cref="WikiBenchmarkDatabase"/>);
/// each run saves into a copy of it. Saves alternate between two texts, so every one writes a revision.
/// </summary>
public class SaveBenchmarks : IDisposable
{
    private string _path = string.Empty;
    private string _title = string.Empty;
    private string[] _texts = [];
    private long _latest;
    private int _saves;
    private ServiceProvider? _services;

    /// <summary>The number of generated articles: <see cref="BenchmarkSize"/> (WIKI_BENCH_ARTICLES, default 10,000).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSize.Articles();

    [GlobalSetup]
    public void Setup()
    {
        _path = WikiBenchmarkDatabase.CopyOf(WikiBenchmarkDatabase.Ensure(Articles));
        _title = new CorpusGenerator(BenchmarkCorpus.Seed, Articles).TitleOf(Articles / 2);
        using var db = BenchmarkCorpus.Open(_path);
        var page = db.Pages.AsNoTracking().Single(p => p.Title == _title);
        _latest = page.LatestRevisionId!.Value;
        var body = ArticleText.BodyOf(db.Revisions.AsNoTracking().Single(r => r.Id == _latest).Text);
        _texts = [body.TrimEnd() + "\n\nA sentence the benchmark adds and takes away again.\n", body];
        _services = WikiBenchmarkDatabase.Services(_path);
    }

    [Benchmark]
    public async Task<long> Save()
    {
        // A request scope: its own context, and the services the wiki registers, on it.
        await using var scope = _services!.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<PageEditor>();
        var text = _texts[_saves++ % _texts.Length];
        var result = await editor.SaveAsync(new EditRequest(_title, text, null, _latest, "Benchmark edit", false, "benchmark-bot", false), CancellationToken.None);
        if (result.Status != EditStatus.Saved)
        {
            throw new InvalidOperationException($"The save did not write a revision: {result.Status} {result.Message}");
        }

        return _latest = result.RevisionId!.Value;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _services?.Dispose();
        _services = null;
        if (_path.Length > 0)
        {
            WikiBenchmarkDatabase.Delete(_path);
            _path = string.Empty;
        }

        GC.SuppressFinalize(this);
    }
}
