namespace Alliance.Wiki.Cli;

/// <summary>One operator verb: <c>dotnet run --project src/Alliance.Wiki -- NAME [ARGS]</c>. Registered in WikiServices.</summary>
public interface IOperatorVerb
{
    string Name { get; }

    /// <summary>One line for the help text: the arguments and what the verb does.</summary>
    string Usage { get; }

    /// <summary>Runs the verb in its own service scope; the arguments exclude the verb's name. Returns the exit code.</summary>
    Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}
