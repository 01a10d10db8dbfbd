using System.CommandLine;
using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Cli;

/// <summary><c>create-user NAME [--role editor|admin]</c>: makes an account; the password is read from standard input.</summary>
public sealed class CreateUserVerb : IOperatorVerb
{
    private readonly Argument<string> _name = VerbArguments.Required("NAME", "the account's name");
    private readonly Option<string> _role = new("--role")
    {
        Description = "what the account may do",
        DefaultValueFactory = _ => WikiRoles.Editor,
        HelpName = string.Join('|', WikiRoles.All),
    };

    public CreateUserVerb()
    {
        _role.AcceptOnlyFromAmong([.. WikiRoles.All]);
        Command = new Command("create-user", "Make an account. The password is read from standard input.") { _name, _role };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(IServiceProvider services, ParseResult arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(arguments);
        var name = arguments.GetRequiredValue(_name);
        var role = arguments.GetRequiredValue(_role);
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
            return OperatorVerbs.UsageError;
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
