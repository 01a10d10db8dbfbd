using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>
/// Puts an article's facts into its parsed document before links are resolved: the infobox first (CSS floats it beside
/// the lead on wide screens and leaves it above the lead on phones), the timeline before the notes.
/// </summary>
public static class FactBlocks
{
    public static void Insert(MarkdownDocument document, RenderOptions options, MarkdownPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Facts is not { } facts)
        {
            return;
        }

        if (facts.Infobox is { } infobox && InfoboxKinds.Find(infobox.Kind) is { } kind)
        {
            document.Insert(0, Infobox(infobox, kind, options.PageTitle, facts.Korean, pipeline));
        }

        if (facts.Events.Count > 0)
        {
            var timeline = new TimelineBlock();
            foreach (var e in facts.Events.Select(e => (Event: e, Ok: FactDate.TryParse(e.Date, out var d), Date: d)).Where(e => e.Ok).OrderBy(e => e.Date.SortKey))
            {
                timeline.Add(Item(e.Event.Text, pipeline, e.Date));
            }

            var notes = document.FindIndex(b => b is FootnoteGroup);
            document.Insert(notes < 0 ? document.Count : notes, timeline);
        }
    }

    private static InfoboxBlock Infobox(Infobox infobox, InfoboxKind kind, string? title, string? korean, MarkdownPipeline pipeline)
    {
        var block = new InfoboxBlock { Kind = kind.Name, Caption = title ?? kind.Heading, Korean = korean };
        foreach (var field in infobox.Fields)
        {
            var isDate = kind.DateFields.Contains(field.Key);
            block.Add(Cell(kind.LabelOf(field.Key) ?? field.Key, field.Value, pipeline, isDate));
        }

        if (infobox.Offices.Count > 0)
        {
            block.Add(new FactCell { Label = "Offices", IsSection = true });
            foreach (var office in infobox.Offices)
            {
                var cell = new FactCell();
                cell.Add(Item(office.Office, pipeline, null, Years(office)));
                block.Add(cell);
            }
        }

        foreach (var row in infobox.Rows)
        {
            block.Add(Cell(row.Label, row.Value, pipeline, isDate: false));
        }

        return block;
    }

    private static FactCell Cell(string label, FactValue value, MarkdownPipeline pipeline, bool isDate)
    {
        var cell = new FactCell { Label = label };
        foreach (var text in value.Items.Where(i => i.Length > 0))
        {
            cell.Add(isDate && FactDate.TryParse(text, out var date) ? new FactItem { Date = date } : Item(text, pipeline, null));
        }

        return cell;
    }

    private static string Years(InfoboxOffice office)
    {
        static string Of(string? year) => FactDate.TryParse(year, out var d) ? d.English : year ?? string.Empty;
        return office.To is null ? $"{Of(office.From)} – present" : $"{Of(office.From)} – {Of(office.To)}";
    }

    /// <summary>Markdown of a value or an event, parsed by the article's pipeline and moved under a new item.</summary>
    internal static FactItem Item(string markdown, MarkdownPipeline pipeline, FactDate? date, string? suffix = null)
    {
        var item = new FactItem { Date = date, Suffix = suffix };
        var parsed = Markdown.Parse(markdown, pipeline);
        while (parsed.Count > 0)
        {
            var child = parsed[0];
            parsed.RemoveAt(0);
            item.Add(child);
        }

        return item;
    }

    private static int FindIndex(this MarkdownDocument document, Func<Block, bool> match)
    {
        for (var i = 0; i < document.Count; i++)
        {
            if (match(document[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
