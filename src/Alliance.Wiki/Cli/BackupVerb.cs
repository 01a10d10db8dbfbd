using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Settings;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Cli;

/// <summary><c>backup PATH</c>: a consistent copy of the database, taken while the wiki serves.</summary>
public sealed class BackupVerb : IOperatorVerb
{
    public string Name => "backup";

    public string Usage => "backup PATH   copy the database consistently, even while the wiki serves (restore: README)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var target = VerbArguments.Positional(arguments).FirstOrDefault();
        if (target is null)
        {
            await Console.Error.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        var database = WikiPaths.Resolve(services.GetRequiredService<IOptions<WikiOptions>>().Value.DatabasePath);
        var path = Path.GetFullPath(target);
        WikiBackup.Copy(database, path);
        var check = WikiBackup.IntegrityCheck(path);
        Console.WriteLine($"Backed up {database} to {path}: integrity {check}.");
        return check == "ok" ? 0 : 1;
    }
}
