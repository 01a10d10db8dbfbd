using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Storage;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Wiki.Cli;

/// <summary><c>create-token NAME</c>: prints a new API token for a bot's account; only its hash is stored.</summary>
public sealed class CreateTokenVerb : IOperatorVerb
{
    public string Name => "create-token";

    public string Usage => "create-token NAME   print a new API token for the account NAME (shown once)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(arguments);
        var name = VerbArguments.Positional(arguments).FirstOrDefault();
        if (name is null)
        {
            await Console.Error.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

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
