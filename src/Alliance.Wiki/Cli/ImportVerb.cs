using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Indexing;

namespace Alliance.Wiki.Cli;

/// <summary><c>import [FOLDER]</c>: imports Markdown articles, with a progress bar.</summary>
public sealed class ImportVerb : IOperatorVerb
{
    public string Name => "import";

    public string Usage => "import [FOLDER]   import Markdown articles (default: the Wiki:ContentPath setting, content/)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(arguments);
        var folder = await VerbArguments.PrepareContentFolderAsync(services, arguments, cancellationToken);
        var progress = new Progress<(int Done, int Total)>(p => ProgressBar.Draw("import", p.Done, p.Total));
        var report = await services.GetRequiredService<ContentImporter>().ImportAsync(folder, progress, cancellationToken);
        await Console.Error.WriteLineAsync();
        Console.WriteLine(report);

        // The import wrote the change log; a running server applies it, else this process does.
        if (!await services.GetRequiredService<SearchReindexer>().CatchUpAsync(cancellationToken))
        {
            Console.WriteLine("The running wiki holds the search index: it indexes the imported pages.");
        }

        return report.Failed.Count == 0 ? 0 : 1;
    }
}
