using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Core.Chronology;

/// <summary>Replaces a page's rows in <c>events</c> with those of one revision, their sentences rendered in one link batch.</summary>
public sealed class EventWriter(WikiDbContext db, ITitleResolver resolver)
{
    private static readonly string[] Columns = ["PageId", "SortKey", "Date", "Year", "Month", "Day", "Text", "Html", "FromInfobox"];

    public async Task ReplaceAsync(long pageId, long revisionId, string title, ArticleMetadata metadata, CancellationToken cancellationToken)
    {
        var events = EventExtraction.Of(title, metadata);
        var (html, _) = await InlineFragments.RenderAsync([.. events.Select(e => e.Text)], resolver, cancellationToken);
        var rows = events.Select((e, i) => new object?[] { pageId, e.Date.SortKey, e.Date.Iso, e.Date.Year, e.Date.Month, e.Date.Day, e.Text, html[i], e.FromInfobox });
        await db.ReplacePageRowsAsync("events", pageId, Columns, rows, cancellationToken);
        await db.Command("""INSERT INTO event_sources ("PageId", "RevisionId") VALUES (@page, @revision) ON CONFLICT ("PageId") DO UPDATE SET "RevisionId" = excluded."RevisionId" """)
            .With("@page", pageId).With("@revision", revisionId).ExecuteAsync(cancellationToken);
    }
}
