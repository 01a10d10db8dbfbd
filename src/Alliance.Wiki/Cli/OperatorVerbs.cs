namespace Alliance.Wiki.Cli;

/// <summary>Runs the operators' verbs: a first argument that is not an option names one.</summary>
public static class OperatorVerbs
{
    public static bool IsVerb(string[] args) => args is [var first, ..] && !first.StartsWith('-');

    /// <summary>The arguments meant for the web host: none when a verb runs (settings then come from appsettings and the environment).</summary>
    public static string[] WebArguments(string[] args) => IsVerb(args) ? [] : args;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        await using var scope = services.CreateAsyncScope();
        var verbs = scope.ServiceProvider.GetServices<IOperatorVerb>().ToList();
        var verb = verbs.FirstOrDefault(v => v.Name == args[0]);
        if (verb is null)
        {
            Console.WriteLine("Alliance Wiki: dotnet run --project src/Alliance.Wiki [-- VERB ARGS]");
            Console.WriteLine("  (no verb)         serve the wiki (--urls http://127.0.0.1:5000 to choose the address)");
            foreach (var known in verbs.OrderBy(v => v.Name, StringComparer.Ordinal))
            {
                Console.WriteLine("  " + known.Usage);
            }

            return args[0] is "help" or "--help" ? 0 : 2;
        }

        var arguments = args.Skip(1).ToList();
        return await verb.RunAsync(scope.ServiceProvider, arguments, CancellationToken.None);
    }
}
