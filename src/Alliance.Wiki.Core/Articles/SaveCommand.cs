using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Core.Articles;

/// <summary>A request to save a page's text as its next revision.</summary>
public sealed record SaveCommand(string Title, ArticleDocument Document, string Author, string Comment, bool IsMinor, RevisionOrigin Origin)
{
    /// <summary>
    /// When set, the save succeeds only if the page's latest revision is still <see cref="ExpectedLatestRevisionId"/>
    /// (null: the page must not exist yet); otherwise it throws <see cref="StaleRevisionException"/>.
    /// </summary>
    public bool RequireLatest { get; init; }

    public long? ExpectedLatestRevisionId { get; init; }

    /// <summary>
    /// The text of <see cref="ExpectedLatestRevisionId"/> when the caller has already read it (revisions never change):
    /// the writer then compares with it instead of reading it again.
    /// </summary>
    public string? ExpectedLatestText { get; init; }

    /// <summary>
    /// The title key whose page lock (<see cref="Storage.PageLocks"/>) the caller's transaction already holds: the
    /// writer takes the lock again only for another key (an editor who saved through an alias locked the alias).
    /// </summary>
    public string? LockedKey { get; init; }

    /// <summary>
    /// The page as the caller read it under that lock, in its transaction: the writer saves onto it instead of reading
    /// it again when it is the page the locked key is the title of (a page reached through an alias is read again).
    /// </summary>
    public Page? LockedPage { get; init; }

    /// <summary>
    /// The text rendered before the save's transaction began (a bulk import renders each batch on the other core while
    /// it writes the one before): the writer takes the page's links and the participants' text from it and does not
    /// store it, since a page created meanwhile may have turned one of its red links blue; the first view renders anew.
    /// </summary>
    public RenderedArticle? RenderedAhead { get; init; }
}
