using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Alliance.Wiki.Core.Markup;

/// <summary>
/// Pipe-table column alignment as classes (<c>align-left</c>, <c>align-center</c>, <c>align-right</c>, styled in
/// wiki.css) instead of Markdig's <c>style="text-align: …"</c>, which the wiki's Content-Security-Policy
/// (<c>style-src 'self'</c>) blocks: tables then look as written.
/// </summary>
public static class TableAlignment
{
    public static void ToClasses(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var table in document.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    if (row[i] is TableCell cell && (cell.ColumnIndex >= 0 ? cell.ColumnIndex : i) is var column
                        && column < columns.Count && columns[column].Alignment is { } alignment)
                    {
                        cell.GetAttributes().AddClass(alignment switch
                        {
                            TableColumnAlign.Center => "align-center",
                            TableColumnAlign.Right => "align-right",
                            _ => "align-left",
                        });
                    }
                }
            }

            // With no alignment left on the columns, Markdig writes no style attribute.
            foreach (var definition in columns)
            {
                definition.Alignment = null;
            }
        }
    }
}
