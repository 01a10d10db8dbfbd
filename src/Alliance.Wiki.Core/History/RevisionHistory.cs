using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.History;

/// <summary>Reading the record of changes: a page's history, recent changes across the wiki, diffs and blame.</summary>
public sealed class RevisionHistory(WikiDbContext db)
{
    // Revisions whose text blame reads at a time; most paragraphs settle within the first few.
    private const int BlameBatch = 50;

    public Task<int> CountAsync(long pageId, CancellationToken cancellationToken) =>
        db.Revisions.CountAsync(r => r.PageId == pageId, cancellationToken);

    /// <summary>A page's revisions, newest first.</summary>
    public Task<List<RevisionChange>> PageAsync(long pageId, int skip, int take, CancellationToken cancellationToken) =>
        Changes(db.Revisions.Where(r => r.PageId == pageId)).Skip(skip).Take(take).ToListAsync(cancellationToken);

    /// <summary>The latest revisions across the wiki that pass the filter, newest first.</summary>
    public Task<List<RevisionChange>> RecentAsync(RecentChangesFilter filter, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var revisions = db.Revisions.AsQueryable();
        if (filter.User is { } author)
        {
            revisions = revisions.Where(r => r.Author == author);
        }

        if (filter.HideMinor)
        {
            revisions = revisions.Where(r => !r.IsMinor);
        }

        return Changes(revisions).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>Two revisions of the page compared, the older first whatever the order asked; null when either is not a revision of the page.</summary>
    public async Task<RevisionComparison?> CompareAsync(long pageId, long fromId, long toId, CancellationToken cancellationToken)
    {
        if (fromId > toId)
        {
            (fromId, toId) = (toId, fromId);
        }

        var pair = db.Revisions.Where(r => r.PageId == pageId && (r.Id == fromId || r.Id == toId));
        var changes = await Changes(pair).ToListAsync(cancellationToken);
        var from = changes.Find(c => c.Revision.Id == fromId);
        var to = changes.Find(c => c.Revision.Id == toId);
        if (from is null || to is null)
        {
            return null;
        }

        var texts = await pair.Select(r => new { r.Id, r.Text }).ToDictionaryAsync(r => r.Id, r => r.Text, cancellationToken);
        var child = await db.Revisions.Where(r => r.ParentId == toId).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
        var diff = LineDiff.Compare(texts[fromId], texts[toId], cancellationToken);
        return new RevisionComparison(
            from,
            to,
            diff.Rows,
            from.Revision.ParentId is long parent ? (parent, fromId) : null,
            child is long next ? (toId, next) : null,
            diff.Note);
    }

    /// <summary>Each paragraph of the page's current text with the revision that last changed it, walking the revision chain backwards.</summary>
    public async Task<IReadOnlyList<BlamedParagraph>> BlameAsync(Page page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ParagraphBlame? blame = null;
        var expected = page.LatestRevisionId;
        while (expected is long newest)
        {
            var batch = await db.Revisions.AsNoTracking().Where(r => r.PageId == page.Id && r.Id <= newest)
                .OrderByDescending(r => r.Id).Take(BlameBatch)
                .Select(r => new { Info = new RevisionInfo(r.Id, r.PageId, r.ParentId, r.Author, r.Comment, r.CreatedAt, r.Size, r.IsMinor, r.Origin), r.Text })
                .ToDictionaryAsync(r => r.Info.Id, cancellationToken);
            if (!batch.ContainsKey(newest))
            {
                break;
            }

            while (expected is long id && batch.TryGetValue(id, out var revision))
            {
                if (blame is null)
                {
                    blame = new ParagraphBlame(revision.Info, revision.Text);
                }
                else
                {
                    blame.Older(revision.Info, revision.Text);
                }

                if (blame.IsSettled)
                {
                    return blame.Result;
                }

                expected = revision.Info.ParentId;
            }
        }

        return blame?.Result ?? [];
    }

    /// <summary>Revisions with their page's title and their size change, newest first: parents' sizes come in the same query.</summary>
    private IQueryable<RevisionChange> Changes(IQueryable<Revision> revisions) =>
        from r in revisions
        join p in db.Pages on r.PageId equals p.Id
        join parent in db.Revisions on r.ParentId equals parent.Id into parents
        from parent in parents.DefaultIfEmpty()
        orderby r.Id descending
        select new RevisionChange(
            new RevisionInfo(r.Id, r.PageId, r.ParentId, r.Author, r.Comment, r.CreatedAt, r.Size, r.IsMinor, r.Origin),
            p.Title,
            r.Size - (parent == null ? 0 : parent.Size));
}
