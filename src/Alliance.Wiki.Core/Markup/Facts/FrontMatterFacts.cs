using System.Globalization;
using System.Text;

namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>
/// Reads <c>infobox:</c> and <c>events:</c> from the YAML tree and writes them back canonically: fields in their kind's
/// order (unknown ones after, as written), then offices, then rows. The same facts always give the same text.
/// </summary>
public static class FrontMatterFacts
{
    /// <summary>The infobox of a YAML mapping; throws <see cref="FormatException"/> when its shape is not the documented one.</summary>
    public static Infobox? ReadInfobox(Dictionary<string, object?>? node)
    {
        if (node is null)
        {
            return null;
        }

        var kind = node.TryGetValue("kind", out var k) ? Text(k, "kind") ?? string.Empty : string.Empty;
        var known = InfoboxKinds.Find(kind)?.Fields.Select(f => f.Key).ToList() ?? [];
        var fields = new List<InfoboxField>();
        foreach (var (key, value) in node.OrderBy(e => Rank(known, e.Key)))
        {
            if (key is "kind" or InfoboxKinds.OfficesKey or InfoboxKinds.RowsKey || Value(value, key) is not { } fact)
            {
                continue;
            }

            fields.Add(new InfoboxField(key, fact));
        }

        var offices = Maps(node.GetValueOrDefault(InfoboxKinds.OfficesKey), InfoboxKinds.OfficesKey)
            .Select(m => new InfoboxOffice(Text(m.GetValueOrDefault("office"), "office") ?? string.Empty, Text(m.GetValueOrDefault("from"), "from"), Text(m.GetValueOrDefault("to"), "to")))
            .ToList();
        var rows = Maps(node.GetValueOrDefault(InfoboxKinds.RowsKey), InfoboxKinds.RowsKey)
            .Select(m => new InfoboxRow(Text(m.GetValueOrDefault("label"), "label") ?? string.Empty, Value(m.GetValueOrDefault("value"), "value") ?? FactValue.Of(string.Empty)))
            .ToList();
        return new Infobox(kind, fields, offices, rows);
    }

    public static List<ArticleEvent> ReadEvents(List<Dictionary<string, object?>>? nodes) =>
        nodes?.Select(n => new ArticleEvent(Text(n.GetValueOrDefault("date"), "date") ?? string.Empty, Text(n.GetValueOrDefault("text"), "text") ?? string.Empty)).ToList() ?? [];

    public static void Write(StringBuilder builder, Infobox? infobox, IReadOnlyList<ArticleEvent> events)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(events);
        if (infobox is not null)
        {
            builder.Append("infobox:\n  kind: ").Append(YamlScalar.Of(infobox.Kind)).Append('\n');
            foreach (var field in infobox.Fields)
            {
                builder.Append("  ").Append(field.Key).Append(": ").Append(Write(field.Value)).Append('\n');
            }

            if (infobox.Offices.Count > 0)
            {
                builder.Append("  offices:\n");
                foreach (var office in infobox.Offices)
                {
                    builder.Append("    - office: ").Append(YamlScalar.Of(office.Office)).Append('\n');
                    AppendOptional(builder, "      from: ", office.From);
                    AppendOptional(builder, "      to: ", office.To);
                }
            }

            if (infobox.Rows.Count > 0)
            {
                builder.Append("  rows:\n");
                foreach (var row in infobox.Rows)
                {
                    builder.Append("    - label: ").Append(YamlScalar.Of(row.Label)).Append('\n');
                    builder.Append("      value: ").Append(Write(row.Value)).Append('\n');
                }
            }
        }

        if (events.Count > 0)
        {
            builder.Append("events:\n");
            foreach (var e in events)
            {
                builder.Append("  - date: ").Append(YamlScalar.Of(e.Date)).Append('\n');
                builder.Append("    text: ").Append(YamlScalar.Of(e.Text)).Append('\n');
            }
        }
    }

    private static void AppendOptional(StringBuilder builder, string prefix, string? value)
    {
        if (value is not null)
        {
            builder.Append(prefix).Append(YamlScalar.Of(value)).Append('\n');
        }
    }

    private static string Write(FactValue value) =>
        value.IsList ? YamlScalar.Sequence(value.Items) : YamlScalar.Of(value.Items.Count > 0 ? value.Items[0] : string.Empty);

    private static int Rank(List<string> known, string key)
    {
        var index = known.IndexOf(key);
        return index < 0 ? known.Count : index;
    }

    private static FactValue? Value(object? node, string key) => node switch
    {
        null => null,
        List<object?> list => new FactValue(list.Select(item => Text(item, key) ?? string.Empty).ToList(), true),
        _ => Text(node, key) is { } text ? FactValue.Of(text) : null,
    };

    private static string? Text(object? node, string key) => node switch
    {
        null => null,
        string s => s.Trim(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new FormatException($"The infobox's '{key}' must be a text or a list of texts."),
    };

    private static IEnumerable<Dictionary<object, object?>> Maps(object? node, string key) => node switch
    {
        null => [],
        List<object?> list => list.Select(item => item as Dictionary<object, object?>
            ?? throw new FormatException($"Each entry of the infobox's '{key}' must be a mapping, such as '- label: …' with 'value: …'.")),
        _ => throw new FormatException($"The infobox's '{key}' must be a list."),
    };

    private static object? GetValueOrDefault(this Dictionary<object, object?> map, string key) => map.TryGetValue(key, out var value) ? value : null;
}
