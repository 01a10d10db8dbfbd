namespace Alliance.Wiki.Tests.Support;

/// <summary>A test class on a <see cref="SharedWiki{TArticles}"/>: the wiki is reset before each of its tests.</summary>
public abstract class SharedWikiTests<TSelf>(SharedWiki<TSelf> shared) : IClassFixture<SharedWiki<TSelf>>, IAsyncLifetime
    where TSelf : IWikiArticles
{
    public ValueTask InitializeAsync() => shared.ResetAsync();

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
