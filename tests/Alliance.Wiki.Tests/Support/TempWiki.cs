namespace Alliance.Wiki.Tests.Support;

/// <summary>A wiki served on its own temporary content/ folder, for tests that change articles.</summary>
public sealed class TempWiki : IDisposable
{
    public TempWiki(Action<TempContent> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        write(Content);
        Server = new WikiServer(Content.Folder);
    }

    public TempContent Content { get; } = new();

    public WikiServer Server { get; }

    public void Dispose()
    {
        Server.Dispose();
        Content.Dispose();
    }
}
