using System.Globalization;
using System.Text;

namespace Alliance.Wiki.Core.Markup;

/// <summary>Writes front-matter values as YAML: plain when that reads back the same, double-quoted otherwise.</summary>
public static class YamlScalar
{
    public static string Sequence(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return "[" + string.Join(", ", values.Select(Of)) + "]";
    }

    public static string Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var plain = value.Length > 0
            && value.Trim() == value
            && value.IndexOfAny([':', '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '\\']) < 0
            && !value.StartsWith('-') && !value.StartsWith('?')
            && !value.Any(char.IsControl)
            && !IsYamlKeyword(value);
        if (plain || IsDate(value))
        {
            return value;
        }

        var escaped = new StringBuilder("\"");
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return escaped.Append('"').ToString();
    }

    /// <summary>A year such as 1953 reads back as the same text here (every value is read as text), so dates stay unquoted.</summary>
    private static bool IsDate(string value) => Facts.FactDate.TryParse(value, out var date) && date.Iso == value;

    private static bool IsYamlKeyword(string value) =>
        value.ToLowerInvariant() is "null" or "~" or "true" or "false" or "yes" or "no" or "on" or "off"
        || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
