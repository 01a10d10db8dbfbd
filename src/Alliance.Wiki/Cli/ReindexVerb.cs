using System.CommandLine;
using Alliance.Wiki.Core.Indexing;
using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Cli;

/// <summary><c>reindex</c>: rebuilds the search index from the latest revisions, with progress. For recovery only.</summary>
public sealed class ReindexVerb : IOperatorVerb
{
    public Command Command { get; } = new("reindex", "Rebuild the search index from the latest revisions into a fresh folder (recovery only: the change log keeps it current).");

    public async Task<int> RunAsync(IServiceProvider services, ParseResult arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await WikiDatabase.MigrateAsync(services.GetRequiredService<WikiDbContext>(), cancellationToken);
        var pages = await VerbProgress.RunAsync("reindex", progress => services.GetRequiredService<SearchReindexer>().RebuildAsync(progress, cancellationToken));
        Console.WriteLine(pages is null
            ? "The running wiki holds the search index: it rebuilds it now (see its log); searches use the old index until it is done."
            : $"Reindexed {pages} pages.");
        return 0;
    }
}
