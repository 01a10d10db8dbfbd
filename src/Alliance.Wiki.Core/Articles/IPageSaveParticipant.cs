namespace Alliance.Wiki.Core.Articles;

/// <summary>
/// Work that must commit or roll back with a change to a page, inside its transaction: the search index and the page
/// cache are kept in step this way. Every change to a page reaches every participant through <see cref="ArticleWriter"/>.
/// </summary>
public interface IPageSaveParticipant
{
    /// <summary>A new revision: called after the revision, names, categories and links are written.</summary>
    Task PageSavedAsync(SavedPage saved, CancellationToken cancellationToken);

    /// <summary>A change that writes no revision (protection): what is kept about the page is to be read again.</summary>
    Task PageChangedAsync(long pageId, string title, CancellationToken cancellationToken);
}
