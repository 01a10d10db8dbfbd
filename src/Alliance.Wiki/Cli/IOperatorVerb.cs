using System.CommandLine;

namespace Alliance.Wiki.Cli;

/// <summary>One operator verb: <c>dotnet run --project src/Alliance.Wiki -- NAME [ARGS]</c>. Registered in <see cref="VerbServices"/>.</summary>
public interface IOperatorVerb
{
    /// <summary>The verb's name, description, arguments and options, as the parser reads them and as help prints them.</summary>
    Command Command { get; }

    /// <summary>Runs the verb in its own service scope on arguments the parser has accepted. Returns the exit code.</summary>
    Task<int> RunAsync(IServiceProvider services, ParseResult arguments, CancellationToken cancellationToken);
}
