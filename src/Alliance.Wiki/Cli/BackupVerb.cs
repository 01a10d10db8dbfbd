using System.CommandLine;
using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Storage;

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
        var store = services.GetRequiredService<WikiStore>();
        if (!store.IsSqlite)
        {
            // A server's database is backed up by the server's own tool, consistently and while it serves.
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(store.Connection);
            Console.Error.WriteLine($"The wiki is on {store.Describe()}: back it up with pg_dump, e.g.");
            Console.Error.WriteLine($"  pg_dump --format=custom --host={builder.Host} --port={builder.Port} --username={builder.Username} --file=wiki.dump {builder.Database}");
            Console.Error.WriteLine("and restore it into an empty database with pg_restore --dbname=NAME wiki.dump (docs/deploy.md).");
            return Task.FromResult(OperatorVerbs.UsageError);
        }

        var database = store.Connection;
        var path = Path.GetFullPath(arguments.GetRequiredValue(_path));
        WikiBackup.Copy(database, path);
        var check = WikiBackup.IntegrityCheck(path);
        Console.WriteLine($"Backed up {database} to {path}: integrity {check}.");
        return Task.FromResult(check == "ok" ? 0 : 1);
    }
}
