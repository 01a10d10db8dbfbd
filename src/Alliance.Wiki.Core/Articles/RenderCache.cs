using System.Text.Json;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Articles;

/// <summary>
/// A revision's HTML, rendered once and kept in the database. When a page appears or vanishes,
/// the renders of the pages that link to it are dropped, so their red links are right on the next view.
/// </summary>
public sealed class RenderCache(WikiDbContext db, ArticleRenderer renderer, ITitleResolver resolver, TimeProvider clock)
{
    /// <summary>The revision's cached render and when it was made; rendered and stored first when missing.</summary>
    public async Task<(RenderedArticle Rendered, DateTime RenderedAt)> GetOrRenderAsync(string pageTitle, long revisionId, CancellationToken cancellationToken)
    {
        var cached = await db.Renders.AsNoTracking().FirstOrDefaultAsync(r => r.RevisionId == revisionId, cancellationToken);
        return cached is not null
            ? (new RenderedArticle(cached.Html, ReadContents(cached.ContentsJson), []), cached.RenderedAt)
            : await RenderAndStoreAsync(pageTitle, revisionId, cancellationToken);
    }

    /// <summary>Renders the revision from its stored text and keeps the render: for a reader that found none cached.</summary>
    public async Task<(RenderedArticle Rendered, DateTime RenderedAt)> RenderAndStoreAsync(string pageTitle, long revisionId, CancellationToken cancellationToken)
    {
        var text = await db.RevisionTextAsync(revisionId, cancellationToken);
        var rendered = await RenderAsync(pageTitle, text, cancellationToken);
        var renderedAt = await StoreAsync(revisionId, rendered, cancellationToken);
        return (rendered, renderedAt);
    }

    /// <summary>A stored table of contents.</summary>
    public static List<TocEntry> ReadContents(string contentsJson) => JsonSerializer.Deserialize(contentsJson, TocJson.Default.ListTocEntry) ?? [];

    /// <summary>Renders a revision's text as the article page shows it, with section edit links.</summary>
    public Task<RenderedArticle> RenderAsync(string pageTitle, string revisionText, CancellationToken cancellationToken) =>
        RenderAsync(pageTitle, revisionText, unshown: false, cancellationToken);

    /// <summary>Renders a revision's text for its links, headings and search text alone (<see cref="RenderOptions.Unshown"/>): the import verb's render ahead.</summary>
    public Task<RenderedArticle> RenderUnshownAsync(string pageTitle, string revisionText, CancellationToken cancellationToken) =>
        RenderAsync(pageTitle, revisionText, unshown: true, cancellationToken);

    /// <summary>Renders an old revision (or a preview) as it reads, with its facts, without section edit links (they would edit today's text).</summary>
    public Task<RenderedArticle> RenderWithoutEditLinksAsync(string revisionText, CancellationToken cancellationToken)
    {
        var document = ArticleText.TryParse(revisionText);
        return renderer.RenderAsync(document?.Body ?? revisionText, RenderOptions.Plain with { Facts = document?.Metadata }, resolver, cancellationToken);
    }

    private Task<RenderedArticle> RenderAsync(string pageTitle, string revisionText, bool unshown, CancellationToken cancellationToken)
    {
        var document = ArticleText.TryParse(revisionText);
        var options = new RenderOptions(pageTitle, SectionEditLinks: true) { Facts = document?.Metadata, Unshown = unshown };
        return renderer.RenderAsync(document?.Body ?? revisionText, options, resolver, cancellationToken);
    }

    /// <summary>Keeps a render; returns the time it is stored under.</summary>
    public async Task<DateTime> StoreAsync(long revisionId, RenderedArticle rendered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        if (rendered.Unshown)
        {
            throw new InvalidOperationException("A render made without the sanitizer is never stored.");
        }

        var json = JsonSerializer.Serialize(rendered.Contents, TocJson.Default.IReadOnlyListTocEntry);
        // Whole seconds, as HTTP dates carry them: Last-Modified and the stored time then agree exactly.
        var now = clock.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        // Two readers may render the same revision at once; the first row wins and both answers are the same.
        // ON CONFLICT DO NOTHING and quoted names: the same statement runs on SQLite and on PostgreSQL.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "revision_renders" ("RevisionId", "Html", "ContentsJson", "RenderedAt") VALUES ({revisionId}, {rendered.Html}, {json}, {now}) ON CONFLICT ("RevisionId") DO NOTHING""",
            cancellationToken);
        return now;
    }

    /// <summary>Drops the renders of every page whose links reach any of these name keys, in the save's transaction.</summary>
    public async Task InvalidateLinkersAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        // One plain command, as EF Core translated its LINQ again on every save. "RevisionId IN (…)" lets SQLite
        // look the renders up by key; an EXISTS per render scanned them all, every save.
        await db.CommandWithList(keys, list => $"""
            DELETE FROM "revision_renders" WHERE "RevisionId" IN (
                SELECT v."Id" FROM "revisions" AS v WHERE v."PageId" IN (
                    SELECT l."PageId" FROM "links" AS l WHERE l."TargetKey" IN ({list})))
            """).ExecuteAsync(cancellationToken);
    }
}
