using System.CommandLine;
using Alliance.Wiki.Core.Content;

namespace Alliance.Wiki.Cli;

/// <summary><c>export [FOLDER]</c>: writes every page's latest revision back to Markdown files, with progress.</summary>
public sealed class ExportVerb : IOperatorVerb
{
    private readonly Argument<string?> _folder = VerbArguments.Folder("the folder to write the Markdown files to");

    public ExportVerb()
    {
        Command = new Command("export", "Write the latest revision of every page to Markdown files, one per page.") { _folder };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(IServiceProvider services, ParseResult arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(arguments);
        var folder = await VerbArguments.PrepareContentFolderAsync(services, arguments.GetValue(_folder), cancellationToken);
        var (written, unchanged) = await VerbProgress.RunAsync("export", progress => services.GetRequiredService<ContentExporter>().ExportAsync(folder, progress, cancellationToken));
        Console.WriteLine($"Exported to {folder}: {written} files written, {unchanged} unchanged.");
        return 0;
    }
}
