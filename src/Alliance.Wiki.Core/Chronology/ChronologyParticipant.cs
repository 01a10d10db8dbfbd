using Alliance.Wiki.Core.Articles;

namespace Alliance.Wiki.Core.Chronology;

/// <summary>Keeps the chronology in step with the text: every save rewrites the page's events in the save's transaction.</summary>
public sealed class ChronologyParticipant(EventWriter events) : IPageSaveParticipant
{
    public Task PageSavedAsync(SavedPage saved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return events.ReplaceAsync(saved.PageId, saved.RevisionId, saved.Title, saved.Document.Metadata, cancellationToken);
    }

    /// <summary>Protection changes no events.</summary>
    public Task PageChangedAsync(long pageId, string title, CancellationToken cancellationToken) => Task.CompletedTask;
}
