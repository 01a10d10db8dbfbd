namespace Alliance.Wiki.Core.Articles;

/// <summary>
/// Work that must commit or roll back with a save, inside its transaction: the search index is one.
/// Registered participants are called after the revision, names, categories and links are written.
/// </summary>
public interface IPageSaveParticipant
{
    Task PageSavedAsync(SavedPage saved, CancellationToken cancellationToken);
}
