using System.Globalization;

namespace Alliance.Wiki.Core.Markup.Charts;

/// <summary>
/// Reads a chart block: <c>key: value</c> lines (<c>kind</c> line or bar, <c>title</c>, optional <c>caption</c>),
/// then a CSV table whose first row names the columns, first column the labels and the others numbers. A setting
/// is known by its key, so a title or caption may hold commas.
/// </summary>
public static class ChartParser
{
    public const int MaxRows = 200;
    public const int MaxSeries = 6;

    private static readonly string[] Settings = ["kind", "title", "caption"];

    public static (ChartData? Data, string? Problem) Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var lines = source.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var at = 0;
        for (; at < lines.Count; at++)
        {
            var colon = lines[at].IndexOf(':', StringComparison.Ordinal);
            var isSetting = colon > 0 && (Settings.Contains(lines[at][..colon].Trim(), StringComparer.OrdinalIgnoreCase) || !lines[at].Contains(',', StringComparison.Ordinal));
            if (!isSetting && lines[at].Contains(',', StringComparison.Ordinal))
            {
                break;
            }

            if (!isSetting)
            {
                return (null, $"Line {at + 1} (“{lines[at]}”) is neither a setting such as “kind: line” nor a row of the table.");
            }

            settings[lines[at][..colon].Trim()] = lines[at][(colon + 1)..].Trim();
        }

        var kind = settings.GetValueOrDefault("kind", string.Empty).ToLowerInvariant() switch
        {
            "line" => ChartKind.Line,
            "bar" => ChartKind.Bar,
            var other => (ChartKind?)null,
        };
        if (kind is null)
        {
            return (null, "A chart needs “kind: line” or “kind: bar” before its table.");
        }

        if (!settings.TryGetValue("title", out var title) || title.Length == 0)
        {
            return (null, "A chart needs “title: …”: it is the chart's name for screen readers.");
        }

        var rows = lines.Skip(at).Select(l => l.Split(',').Select(c => c.Trim()).ToArray()).ToList();
        if (rows.Count < 2)
        {
            return (null, "A chart needs a table: a row naming the columns, such as “Year,Troops”, then at least one row of data.");
        }

        var header = rows[0];
        if (header.Length < 2 || header.Length - 1 > MaxSeries)
        {
            return (null, $"The table's first row names {header.Length} columns: a chart needs a label column and 1 to {MaxSeries} columns of numbers.");
        }

        if (rows.Count - 1 > MaxRows)
        {
            return (null, $"The table has {rows.Count - 1} rows of data; a chart draws at most {MaxRows}.");
        }

        var values = header.Skip(1).Select(_ => new List<double?>()).ToList();
        for (var r = 1; r < rows.Count; r++)
        {
            if (rows[r].Length != header.Length)
            {
                return (null, $"Row {r} (“{string.Join(',', rows[r])}”) has {rows[r].Length} cells; the first row names {header.Length} columns.");
            }

            for (var c = 1; c < header.Length; c++)
            {
                var cell = rows[r][c];
                if (cell.Length == 0)
                {
                    values[c - 1].Add(null);
                }
                else if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                {
                    values[c - 1].Add(number);
                }
                else
                {
                    return (null, $"Row {r}, column “{header[c]}”: “{cell}” is not a number (write 28500, not 28,500 or 28.5k).");
                }
            }
        }

        var series = header.Skip(1).Select((name, i) => new ChartSeries(name, values[i])).ToList();
        var data = new ChartData(kind.Value, title, header[0], [.. rows.Skip(1).Select(r => r[0])], series)
        {
            Caption = settings.GetValueOrDefault("caption"),
        };
        return (data, null);
    }
}
