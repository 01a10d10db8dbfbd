using System.CommandLine;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Storage;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Wiki.Cli;

/// <summary><c>create-token NAME</c>: prints a new API token for a bot's account; only its hash is stored.</summary>
public sealed class CreateTokenVerb : IOperatorVerb
{
    private readonly Argument<string> _name = VerbArguments.Required("NAME", "the account the token acts for");

    public CreateTokenVerb()
    {
        Command = new Command("create-token", "Print a new API token for an account (shown once; only its hash is kept).") { _name };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(IServiceProvider services, ParseResult arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(arguments);
        var name = arguments.GetRequiredValue(_name);
        await WikiDatabase.MigrateAsync(services.GetRequiredService<WikiDbContext>(), cancellationToken);
        var user = await services.GetRequiredService<UserManager<WikiUser>>().FindByNameAsync(name);
        if (user is null)
        {
            await Console.Error.WriteLineAsync($"There is no account '{name}'. Make one with create-user first.");
            return 1;
        }

        Console.WriteLine(await services.GetRequiredService<ApiTokens>().CreateAsync(user, cancellationToken));
        return 0;
    }
}
