using Alliance.Wiki.Core.Indexing;
using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Cli;

/// <summary><c>reindex</c>: rebuilds the search index from the latest revisions, with a progress bar. For recovery only.</summary>
public sealed class ReindexVerb : IOperatorVerb
{
    public string Name => "reindex";

    public string Usage => "reindex           rebuild the search index from the latest revisions into a fresh folder (recovery only: the change log keeps it current)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await WikiDatabase.MigrateAsync(services.GetRequiredService<WikiDbContext>(), cancellationToken);
        var progress = new Progress<(int Done, int Total)>(p => ProgressBar.Draw("reindex", p.Done, p.Total));
        var pages = await services.GetRequiredService<SearchReindexer>().RebuildAsync(progress, cancellationToken);
        await Console.Error.WriteLineAsync();
        Console.WriteLine(pages is null
            ? "The running wiki holds the search index: it rebuilds it now (see its log); searches use the old index until it is done."
            : $"Reindexed {pages} pages.");
        return 0;
    }
}
