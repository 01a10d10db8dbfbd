using Alliance.Wiki.Core.Content;

namespace Alliance.Wiki.Cli;

/// <summary><c>export [FOLDER]</c>: writes every page's latest revision back to content/.</summary>
public sealed class ExportVerb : IOperatorVerb
{
    public string Name => "export";

    public string Usage => "export [FOLDER]   write the latest revision of every page to Markdown files (default: content/)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(arguments);
        var folder = await VerbArguments.PrepareContentFolderAsync(services, arguments, cancellationToken);
        var progress = new Progress<(int Done, int Total)>(p => ProgressBar.Draw("export", p.Done, p.Total));
        var (written, unchanged) = await services.GetRequiredService<ContentExporter>().ExportAsync(folder, progress, cancellationToken);
        await Console.Error.WriteLineAsync();
        Console.WriteLine($"Exported to {folder}: {written} files written, {unchanged} unchanged.");
        return 0;
    }
}
