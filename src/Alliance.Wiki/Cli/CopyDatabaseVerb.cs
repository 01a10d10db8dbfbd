using System.CommandLine;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Core.Storage.Copying;
using Npgsql;

namespace Alliance.Wiki.Cli;

/// <summary>
/// <c>copy-database --to "Host=…;Database=…;Username=…"</c>: copies the SQLite wiki the settings name into an empty
/// PostgreSQL database, with progress, then verifies counts, every revision's text and the change log's mark.
/// Exit 0 when everything matches, 1 when the copy or its check fails, 2 when the target is not empty or the input is wrong.
/// </summary>
public sealed class CopyDatabaseVerb : IOperatorVerb
{
    private readonly Option<string> _to = new("--to")
    {
        Description = "the empty PostgreSQL database to copy into, as a connection string",
        HelpName = "\"Host=…;Database=…;Username=…\"",
        Required = true,
    };

    public CopyDatabaseVerb()
    {
        Command = new Command("copy-database", "Copy this SQLite wiki into an empty PostgreSQL database and verify the copy (docs/deploy.md).") { _to };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(IServiceProvider services, ParseResult arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(arguments);
        var source = services.GetRequiredService<WikiStore>();
        if (!source.IsSqlite)
        {
            await Console.Error.WriteLineAsync($"The settings name {source.Describe()}: copy-database copies from a SQLite wiki (set Wiki:DatabasePath and leave Wiki:Database:Provider at Sqlite).");
            return OperatorVerbs.UsageError;
        }

        if (!File.Exists(source.Connection))
        {
            await Console.Error.WriteLineAsync($"There is no wiki at {source.Connection} to copy (Wiki:DatabasePath names the SQLite file).");
            return OperatorVerbs.UsageError;
        }

        if (Target(arguments.GetRequiredValue(_to)) is not { } target)
        {
            return OperatorVerbs.UsageError;
        }

        try
        {
            if (await DatabaseCopier.TargetProblemAsync(target, cancellationToken) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return OperatorVerbs.UsageError;
            }

            // The source first reaches the current schema, as at a start, so both sides have the same tables.
            await WikiDatabase.MigrateAsync(services.GetRequiredService<WikiDbContext>(), cancellationToken);
            await VerbProgress.RunAsync("copy-database", async progress =>
            {
                await DatabaseCopier.CopyAsync(source, target, progress, cancellationToken);
                return true;
            });
            var verification = await CopyVerifier.VerifyAsync(source, target, cancellationToken);
            Write(source, target, verification);
            return verification.Matches ? 0 : 1;
        }
        catch (Exception e) when (e is NpgsqlException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // The rows go in one transaction: a failed copy leaves at most the empty schema, and may simply be run again.
            await Console.Error.WriteLineAsync($"The copy to {target.Describe()} failed and no rows of it were kept: {e.GetBaseException().Message}");
            return 1;
        }
    }

    /// <summary>The target from <c>--to</c>, or null (with the reason on standard error) when it cannot be one.</summary>
    private static WikiStore? Target(string connection)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connection);
            if (string.IsNullOrWhiteSpace(builder.Database) || string.IsNullOrWhiteSpace(builder.Host))
            {
                Console.Error.WriteLine("--to needs a Host and a Database, e.g. --to \"Host=127.0.0.1;Database=wiki;Username=wiki;Password=…\".");
                return null;
            }
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"--to is not a PostgreSQL connection string: {e.Message}");
            return null;
        }

        return WikiStore.PostgreSql(connection);
    }

    private static void Write(WikiStore source, WikiStore target, CopyVerification verification)
    {
        Console.WriteLine($"Copied {source.Describe()} to {target.Describe()}.");
        Console.WriteLine($"  {"table",-24} {"source",10} {"target",10}");
        foreach (var table in verification.Tables)
        {
            Console.WriteLine($"  {table.Table,-24} {table.Source,10} {table.Target,10}{(table.Matches ? string.Empty : "  MISMATCH")}");
        }

        foreach (var (table, reason) in verification.Skipped)
        {
            Console.WriteLine($"  {table,-24} not copied: {reason}");
        }

        Console.WriteLine($"  change log high-water mark: source {verification.SourceChangeLogMark}, target {verification.TargetChangeLogMark}{(verification.ChangeLogMatches ? string.Empty : "  MISMATCH")}");
        Console.WriteLine($"  revision text SHA-256: source {verification.SourceRevisionChecksum}");
        Console.WriteLine($"                         target {verification.TargetRevisionChecksum}{(verification.ChecksumMatches ? string.Empty : "  MISMATCH")}");
        Console.WriteLine(verification.Matches
            ? "Verified: every count, the change log's mark and every revision's text match."
            : "The copy does NOT match its source (see MISMATCH above): do not serve from it; drop the target and copy again.");
    }
}
