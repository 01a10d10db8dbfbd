using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Cli;

/// <summary><c>create-user NAME --role editor|admin</c>: makes an account; the password is read from standard input.</summary>
public sealed class CreateUserVerb : IOperatorVerb
{
    public string Name => "create-user";

    public string Usage => "create-user NAME --role editor|admin   make an account (password from standard input)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(arguments);
        var role = VerbArguments.Option(arguments, "--role") ?? WikiRoles.Editor;
        var name = VerbArguments.Positional(arguments).FirstOrDefault();
        if (name is null || !WikiRoles.All.Contains(role))
        {
            await Console.Error.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        await WikiDatabase.MigrateAsync(services.GetRequiredService<WikiDbContext>(), cancellationToken);
        var bootstrap = services.GetRequiredService<AccountBootstrap>();
        await bootstrap.EnsureRolesAsync();
        if (!Console.IsInputRedirected)
        {
            await Console.Error.WriteAsync($"Password for {name}: ");
        }

        var password = await Console.In.ReadLineAsync(cancellationToken);
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("No password on standard input.");
            return 2;
        }

        try
        {
            await bootstrap.CreateAsync(name, password, role);
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }

        Console.WriteLine($"Created {role} '{name}'.");
        return 0;
    }
}
