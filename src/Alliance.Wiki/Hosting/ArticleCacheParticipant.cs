using Alliance.Wiki.Core.Articles;

namespace Alliance.Wiki.Hosting;

/// <summary>
/// Moves the <see cref="ArticleCache"/> versions on when a save writes: at once, inside the save's transaction,
/// and again as the answer to the request that saved starts, when the transaction has committed: a view that read the
/// old text between the two is kept under a version no one asks for any more.
/// </summary>
public sealed class ArticleCacheParticipant(ArticleCache cache, IHttpContextAccessor http) : IPageSaveParticipant
{
    public Task PageSavedAsync(SavedPage saved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        Forget(saved);
        if (http.HttpContext?.Response is { HasStarted: false } response)
        {
            response.OnStarting(() =>
            {
                Forget(saved);
                return Task.CompletedTask;
            });
        }

        return Task.CompletedTask;
    }

    private void Forget(SavedPage saved)
    {
        cache.PageChanged(saved.Title);
        if (saved.ChangedNameKeys.Count > 0)
        {
            cache.WikiChanged();
        }
    }
}
