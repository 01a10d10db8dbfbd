using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Titles;
using Alliance.Wiki.Corpus;
using BenchmarkDotNet.Attributes;
using Markdig;

namespace Alliance.Wiki.Benchmarks;

/// <summary>
/// The wiki's Markdown pipeline (<see cref="ArticleRenderer"/> as the article page renders: URL safety, wiki links
/// resolved in one batch, numbered sections with edit links) against plain Markdig with the same extensions but
/// wiki links, on the same 100 generated article bodies, all rendered in each invocation. Link targets resolve from
/// memory against the titles of a 10,000-article corpus, so no database is involved.
/// </summary>
public class PipelineBenchmarks
{
    public const int Corpus = 10_000;

    public const int Rendered = 100;

    private static readonly MarkdownPipeline Plain = MarkupPipeline.Create(wikiLinks: false).Build();

    private readonly ArticleRenderer _renderer = new();
    private (string Title, string Body)[] _articles = [];
    private ITitleResolver _titles = null!;

    [GlobalSetup]
    public void Setup()
    {
        var generator = new CorpusGenerator(BenchmarkCorpus.Seed, Corpus);
        _articles = [.. Enumerable.Range(0, Rendered).Select(i => generator.Article(i * (Corpus / Rendered)))
            .Select(a => (a.Title, ArticleDocument.Parse(a.Text).Body))];
        _titles = new KnownTitles(Enumerable.Range(0, Corpus).Select(generator.TitleOf));

        // Warm both up before BenchmarkDotNet's pilot: a cold first call (JIT) made it choose iterations of 40 ms.
        for (var i = 0; i < 5; i++)
        {
            PlainMarkdig();
            WikiPipeline().GetAwaiter().GetResult();
        }
    }

    [Benchmark(Baseline = true)]
    public int PlainMarkdig()
    {
        var length = 0;
        foreach (var (_, body) in _articles)
        {
            length += Markdown.ToHtml(body, Plain).Length;
        }

        return length;
    }

    [Benchmark]
    public async Task<int> WikiPipeline()
    {
        var length = 0;
        foreach (var (title, body) in _articles)
        {
            length += (await _renderer.RenderAsync(body, new RenderOptions(title, SectionEditLinks: true), _titles, CancellationToken.None)).Html.Length;
        }

        return length;
    }

    /// <summary>Resolves titles as <c>PageNameResolver</c> does (by name key, to the canonical title), from a dictionary.</summary>
    private sealed class KnownTitles(IEnumerable<string> titles) : ITitleResolver
    {
        private readonly Dictionary<string, string> _byKey = titles.Select(WikiTitle.Normalize)
            .DistinctBy(WikiTitle.Key, StringComparer.Ordinal).ToDictionary(WikiTitle.Key, t => t, StringComparer.Ordinal);

        public Task<IReadOnlyDictionary<string, string>> ResolveAsync(IReadOnlyCollection<string> titles, CancellationToken cancellationToken)
        {
            var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var title in titles)
            {
                if (_byKey.TryGetValue(WikiTitle.Key(title), out var canonical))
                {
                    resolved[title] = canonical;
                }
            }

            return Task.FromResult<IReadOnlyDictionary<string, string>>(resolved);
        }
    }
}
