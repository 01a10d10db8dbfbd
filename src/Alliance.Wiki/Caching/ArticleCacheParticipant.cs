using Alliance.Wiki.Core.Articles;

namespace Alliance.Wiki.Caching;

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
        return ForgetNowAndAfterCommit(() =>
        {
            cache.PageChanged(saved.Title);
            if (saved.ChangedNameKeys.Count > 0)
            {
                cache.WikiChanged();
            }
        });
    }

    public Task PageChangedAsync(long pageId, string title, CancellationToken cancellationToken) =>
        ForgetNowAndAfterCommit(() => cache.PageChanged(title));

    private Task ForgetNowAndAfterCommit(Action forget)
    {
        forget();
        if (http.HttpContext?.Response is { HasStarted: false } response)
        {
            response.OnStarting(() =>
            {
                forget();
                return Task.CompletedTask;
            });
        }

        return Task.CompletedTask;
    }
}
