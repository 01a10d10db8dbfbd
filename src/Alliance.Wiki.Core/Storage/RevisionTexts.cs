using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Storage;

/// <summary>Reading one revision's text, the column most reads of a revision want alone.</summary>
public static class RevisionTexts
{
    /// <summary>The text of a revision that must exist (a page's latest, a revision's parent).</summary>
    public static Task<string> RevisionTextAsync(this WikiDbContext db, long revisionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Revisions.AsNoTracking().Where(r => r.Id == revisionId).Select(r => r.Text).SingleAsync(cancellationToken);
    }
}
