using System.CommandLine;

namespace Alliance.Wiki.Cli;

/// <summary>
/// Runs the operators' verbs through System.CommandLine: a first argument that is not an option names one. What the
/// parser does not understand (an unknown verb or option, a missing or extra value) is an error on standard error with
/// exit code 2, never a guess; <c>help VERB</c> and <c>VERB --help</c> describe a verb.
/// </summary>
public static class OperatorVerbs
{
    public const int UsageError = 2;

    private static readonly string[] HelpWords = ["help", "--help", "-h", "-?"];

    public static bool IsVerb(string[] args) => args is [var first, ..] && (!first.StartsWith('-') || HelpWords.Contains(first));

    /// <summary>The arguments meant for the web host: none when a verb runs (settings then come from appsettings and the environment).</summary>
    public static string[] WebArguments(string[] args) => IsVerb(args) ? [] : args;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand("Alliance Wiki. With no verb, serves the wiki (--urls http://127.0.0.1:5000 chooses the address).");
        foreach (var verb in services.GetServices<IOperatorVerb>().OrderBy(v => v.Command.Name, StringComparer.Ordinal))
        {
            verb.Command.SetAction(async (parsed, cancellationToken) =>
            {
                await using var scope = services.CreateAsyncScope();
                return await verb.RunAsync(scope.ServiceProvider, parsed, cancellationToken);
            });
            root.Subcommands.Add(verb.Command);
        }

        var parsed = root.Parse(args is ["help", .. var rest] ? [.. rest, "--help"] : args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            var command = parsed.CommandResult.Command;
            await Console.Error.WriteLineAsync(command == root ? "See 'help' for the verbs." : $"See 'help {command.Name}' for what it takes.");
            return UsageError;
        }

        return await parsed.InvokeAsync();
    }
}
