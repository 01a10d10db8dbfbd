using Alliance.Wiki.Core.Content;

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
        return report.Failed.Count == 0 ? 0 : 1;
    }
}
