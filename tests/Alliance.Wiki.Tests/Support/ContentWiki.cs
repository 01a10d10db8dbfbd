using Alliance.Wiki.Core.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Support;

/// <summary>A wiki on its own temporary content/ folder: write articles, start the server, change files and import again.</summary>
public sealed class ContentWiki : IDisposable
{
    public ContentWiki(Action<TempContent> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        write(Content);
        Server = new WikiServer(Content.Folder);
    }

    public TempContent Content { get; } = new();

    public WikiServer Server { get; }

    public Task<ImportReport> ImportAsync() =>
        Server.InScopeAsync(s => s.GetRequiredService<ContentImporter>().ImportAsync(Content.Folder, null, CancellationToken.None));

    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Server.Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public void Dispose()
    {
        Server.Dispose();
        Content.Dispose();
    }
}
