using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Hosting;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Cli;

/// <summary>The operators' verbs: <c>dotnet run --project src/Alliance.Wiki -- import [FOLDER]</c>.</summary>
public static class OperatorVerbs
{
    private static readonly string[] Verbs = ["import", "help"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    /// <summary>The arguments meant for the web host: none of a verb's own.</summary>
    public static string[] WebArguments(string[] args) => IsVerb(args) ? args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray() : args;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var options = provider.GetRequiredService<IOptions<WikiOptions>>().Value;
        switch (args[0])
        {
            case "import":
                await WikiDatabase.MigrateAsync(provider.GetRequiredService<WikiDbContext>(), CancellationToken.None);
                var folder = WikiPaths.Resolve(args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? options.ContentPath);
                var progress = new Progress<(int Done, int Total)>(p => ProgressBar.Draw("import", p.Done, p.Total));
                var report = await provider.GetRequiredService<ContentImporter>().ImportAsync(folder, progress, CancellationToken.None);
                Console.Error.WriteLine();
                Console.WriteLine(report);
                return report.Failed.Count == 0 ? 0 : 1;
            default:
                Console.WriteLine("""
                    Alliance Wiki
                      (no verb)         serve the wiki (--urls http://127.0.0.1:5000 to choose the address)
                      import [FOLDER]   import Markdown articles (default: the Wiki:ContentPath setting, content/)
                      help              this text
                    """);
                return 0;
        }
    }
}
