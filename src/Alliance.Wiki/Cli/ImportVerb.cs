using System.CommandLine;
using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Indexing;

namespace Alliance.Wiki.Cli;

/// <summary><c>import [FOLDER]</c>: imports Markdown articles, with progress.</summary>
public sealed class ImportVerb : IOperatorVerb
{
    private readonly Argument<string?> _folder = VerbArguments.Folder("the folder of Markdown articles to import");

    public ImportVerb()
    {
        Command = new Command("import", "Import Markdown articles: a changed file adds a revision, an unchanged one nothing, and a page an editor changed since is left alone.") { _folder };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(IServiceProvider services, ParseResult arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(arguments);
        var folder = await VerbArguments.PrepareContentFolderAsync(services, arguments.GetValue(_folder), cancellationToken);

        // The import writes the change log; with no server running this process indexes each batch beside the next,
        // else the running server applies the rows.
        var indexing = services.GetRequiredService<BulkIndexing>();
        var indexedHere = await indexing.BeginAsync(cancellationToken);
        ImportReport report;
        try
        {
            report = await VerbProgress.RunAsync("import", progress => services.GetRequiredService<ContentImporter>().ImportAsync(folder, progress, new BulkImport(indexing.BatchCommittedAsync), cancellationToken));
        }
        finally
        {
            // What committed is indexed even when the import stopped part way.
            if (indexedHere)
            {
                await indexing.EndAsync(CancellationToken.None);
            }
        }

        Console.WriteLine(report);
        if (!indexedHere)
        {
            Console.WriteLine("The running wiki holds the search index: it indexes the imported pages.");
        }

        return report.Failed.Count == 0 ? 0 : 1;
    }
}
