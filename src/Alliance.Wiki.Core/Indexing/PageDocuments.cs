using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Indexing;

/// <summary>Reads pages' latest revisions as search documents: what a change means is always "index the page as it is now".</summary>
public sealed class PageDocuments(WikiDbContext db, RenderCache renders)
{
    /// <summary>The documents of the pages that exist and have a revision; the other ids are answered as gone.</summary>
    public async Task<(List<SearchDocument> Documents, List<long> Gone)> LoadAsync(IReadOnlyCollection<long> pageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pageIds);
        var pages = await db.Pages.AsNoTracking().Where(p => pageIds.Contains(p.Id) && p.LatestRevisionId != null)
            .Select(p => new { p.Id, p.Title, RevisionId = p.LatestRevisionId!.Value }).ToListAsync(cancellationToken);
        var revisionIds = pages.Select(p => p.RevisionId).ToList();
        var texts = await db.Revisions.AsNoTracking().Where(r => revisionIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Text }).ToDictionaryAsync(r => r.Id, r => r.Text, cancellationToken);
        var documents = new List<SearchDocument>(pages.Count);
        foreach (var page in pages)
        {
            if (!texts.TryGetValue(page.RevisionId, out var text))
            {
                continue;
            }

            var metadata = ArticleText.TryParse(text)?.Metadata ?? ArticleMetadata.Empty;
            var (rendered, _) = await renders.GetOrRenderAsync(page.Title, page.RevisionId, cancellationToken);
            documents.Add(SearchIndexParticipant.Document(page.Id, page.Title, metadata, rendered));
        }

        var found = documents.Select(d => d.PageId).ToHashSet();
        return (documents, [.. pageIds.Where(id => !found.Contains(id))]);
    }

    /// <summary>Every page with a revision, in id order.</summary>
    public Task<List<long>> AllAsync(CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking().Where(p => p.LatestRevisionId != null).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
}
