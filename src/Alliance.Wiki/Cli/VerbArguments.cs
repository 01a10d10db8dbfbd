using System.CommandLine;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Settings;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Cli;

/// <summary>Arguments that several verbs share, and the preparation a content verb needs.</summary>
public static class VerbArguments
{
    public static Argument<string?> Folder(string what) => new("FOLDER")
    {
        Description = what + " (default: the Wiki:ContentPath setting, content/)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Argument<string> Required(string name, string description) => new(name) { Description = description };

    /// <summary>Brings the database schema up to date and resolves the folder a content verb works on.</summary>
    public static async Task<string> PrepareContentFolderAsync(IServiceProvider services, string? folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await WikiDatabase.MigrateAsync(services.GetRequiredService<WikiDbContext>(), cancellationToken);
        return WikiPaths.Resolve(folder ?? services.GetRequiredService<IOptions<WikiOptions>>().Value.ContentPath);
    }
}
