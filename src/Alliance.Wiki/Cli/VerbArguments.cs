using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Settings;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Cli;

/// <summary>Reading a verb's arguments: <c>--name value</c> options and positional words.</summary>
public static class VerbArguments
{
    public static string? Option(IReadOnlyList<string> arguments, string name)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        for (var i = 0; i < arguments.Count - 1; i++)
        {
            if (arguments[i] == name)
            {
                return arguments[i + 1];
            }
        }

        return null;
    }

    /// <summary>The words that are neither options nor their values.</summary>
    public static IEnumerable<string> Positional(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].StartsWith("--", StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            yield return arguments[i];
        }
    }

    /// <summary>Brings the database schema up to date and resolves the folder a content verb works on (default: Wiki:ContentPath).</summary>
    public static async Task<string> PrepareContentFolderAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await WikiDatabase.MigrateAsync(services.GetRequiredService<WikiDbContext>(), cancellationToken);
        return WikiPaths.Resolve(Positional(arguments).FirstOrDefault() ?? services.GetRequiredService<IOptions<WikiOptions>>().Value.ContentPath);
    }
}
