using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Support;

/// <summary>A wiki served on its own temporary content/ folder, for tests that change articles: write files, start the server, change files and import again.</summary>
public sealed class TempWiki : IDisposable
{
    public TempWiki(Action<TempContent> write, IReadOnlyDictionary<string, string?>? settings = null, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        ArgumentNullException.ThrowIfNull(write);
        write(Content);
        Server = new WikiServer(Content.Folder, settings, provider);
    }

    public TempContent Content { get; } = new();

    public WikiServer Server { get; }

    public Task<ImportReport> ImportAsync() =>
        Server.InScopeAsync(s => s.GetRequiredService<ContentImporter>().ImportAsync(Content.Folder, null, CancellationToken.None));

    public void Dispose()
    {
        Server.Dispose();
        Content.Dispose();
    }
}
