using System.CommandLine;
using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Settings;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Cli;

/// <summary><c>backup PATH</c>: a consistent copy of the database, taken while the wiki serves.</summary>
public sealed class BackupVerb : IOperatorVerb
{
    private readonly Argument<string> _path = VerbArguments.Required("PATH", "the file to write the copy to");

    public BackupVerb()
    {
        Command = new Command("backup", "Copy the database consistently, even while the wiki serves (restoring: see the README).") { _path };
    }

    public Command Command { get; }

    public Task<int> RunAsync(IServiceProvider services, ParseResult arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(arguments);
        var database = WikiPaths.Resolve(services.GetRequiredService<IOptions<WikiOptions>>().Value.DatabasePath);
        var path = Path.GetFullPath(arguments.GetRequiredValue(_path));
        WikiBackup.Copy(database, path);
        var check = WikiBackup.IntegrityCheck(path);
        Console.WriteLine($"Backed up {database} to {path}: integrity {check}.");
        return Task.FromResult(check == "ok" ? 0 : 1);
    }
}
