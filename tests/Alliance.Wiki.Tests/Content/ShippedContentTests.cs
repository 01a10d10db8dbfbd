using System.Globalization;
using System.Text.RegularExpressions;
using Alliance.Wiki.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Alliance.Wiki.Tests.Content;

/// <summary>
/// The structured parts of every file in content/ (issues 14 and 15): Hangul names, footnotes, infobox kinds and dates, events.
/// The files are read with YamlDotNet's node model, not through import, because import ignores infobox and events until their
/// renderer lands, and because dates must be checked as written (a YAML date type would accept forms the schema does not).
/// </summary>
public sealed partial class ShippedContentTests
{
    private const int MinimumEvents = 150;

    /// <summary>The date fields of docs/front-matter.md; offices' from and to are checked separately.</summary>
    private static readonly string[] DateFields = ["signed", "effective", "formed", "dissolved", "date", "start", "end", "born", "died", "first_held", "started"];

    private static readonly string[] OfficeDateFields = ["from", "to"];

    private static readonly string[] DateFormats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    private static readonly Lazy<List<ShippedArticle>> Articles = new(LoadArticles);

    [Fact]
    public void Every_article_has_Hangul_in_its_Korean_name_or_an_alias()
    {
        var missing = Articles.Value
            .Where(a => !IsHangul(Scalar(a.FrontMatter, "korean")) && !Strings(a.FrontMatter, "aliases").Any(IsHangul))
            .Select(a => a.File)
            .ToList();
        Assert.True(missing.Count == 0, "No Hangul in the Korean name or any alias: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_footnote_marker_has_its_note_and_every_note_is_referenced()
    {
        var problems = new List<string>();
        foreach (var article in Articles.Value)
        {
            var notes = FootnoteNote().Matches(article.Body).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            var markers = FootnoteMarker().Matches(article.Body).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(markers.Except(notes).Select(label => $"{article.File}: [^{label}] has no note"));
            problems.AddRange(notes.Except(markers).Select(label => $"{article.File}: note [^{label}] is never referenced"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_infobox_kind_is_one_of_the_documented_kinds()
    {
        var kinds = DocumentedKinds();
        var wrong = Articles.Value
            .Where(a => Mapping(a.FrontMatter, "infobox") is not null)
            .Select(a => (a.File, Kind: Scalar(Mapping(a.FrontMatter, "infobox")!, "kind")))
            .Where(x => x.Kind is not { } kind || !kinds.Contains(kind))
            .Select(x => $"{x.File}: kind '{x.Kind}'")
            .ToList();
        Assert.True(wrong.Count == 0, $"Kinds outside {string.Join(", ", kinds)}:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Every_infobox_date_is_a_year_a_year_and_month_or_a_full_date()
    {
        var wrong = new List<string>();
        foreach (var article in Articles.Value)
        {
            if (Mapping(article.FrontMatter, "infobox") is not { } infobox)
            {
                continue;
            }

            foreach (var field in DateFields.Where(f => Child(infobox, f) is not null))
            {
                var value = Scalar(infobox, field);
                if (!IsDate(value))
                {
                    wrong.Add($"{article.File}: {field} '{value}'");
                }
            }

            foreach (var office in Items(infobox, "offices").OfType<YamlMappingNode>())
            {
                foreach (var field in OfficeDateFields.Where(f => Child(office, f) is not null))
                {
                    var value = Scalar(office, field);
                    if (!IsDate(value))
                    {
                        wrong.Add($"{article.File}: office {field} '{value}'");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Every_event_has_a_valid_date_and_a_text()
    {
        var wrong = new List<string>();
        foreach (var article in Articles.Value)
        {
            var index = 0;
            foreach (var item in Items(article.FrontMatter, "events"))
            {
                index++;
                if (item is not YamlMappingNode e)
                {
                    wrong.Add($"{article.File}: event {index} is not a date and text");
                    continue;
                }

                var date = Scalar(e, "date");
                if (!IsDate(date))
                {
                    wrong.Add($"{article.File}: event {index} date '{date}'");
                }

                if (string.IsNullOrWhiteSpace(Scalar(e, "text")))
                {
                    wrong.Add($"{article.File}: event {index} ({date}) has no text");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Shipped_content_has_at_least_150_events()
    {
        var count = Articles.Value.Sum(a => Items(a.FrontMatter, "events").Count);
        Assert.True(count >= MinimumEvents, $"{count} events in content/, fewer than {MinimumEvents}");
    }

    [Fact]
    public void Date_check_accepts_the_three_forms_and_nothing_else()
    {
        Assert.All(new[] { "1953", "1953-10", "1953-10-01", "2024-02-29" }, d => Assert.True(IsDate(d), d));
        Assert.All(new string?[] { "53", "1953-13", "1953-10-32", "2025-02-29", "1 October 1953", "1953-1-1", "1953-10-01T00:00", "", null }, d => Assert.False(IsDate(d), d));
    }

    private static bool IsDate(string? value) =>
        value is not null
        && DateShape().IsMatch(value)
        && DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsHangul(string? value) => value is not null && Hangul().IsMatch(value);

    /// <summary>The kinds named in the schema's table, and <c>other</c>, which its text describes.</summary>
    private static HashSet<string> DocumentedKinds()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "front-matter.md"));
        var kinds = KindRow().Matches(doc).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        if (doc.Contains("`kind: other`", StringComparison.Ordinal))
        {
            kinds.Add("other");
        }

        Assert.True(kinds.Count >= 9, "docs/front-matter.md names only these kinds: " + string.Join(", ", kinds));
        return kinds;
    }

    private static List<ShippedArticle> LoadArticles() =>
        Directory.EnumerateFiles(RepositoryPaths.Content, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => Parse(Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();

    private static ShippedArticle Parse(string file, string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var end = normalized.StartsWith("---\n", StringComparison.Ordinal) ? normalized.IndexOf("\n---\n", 3, StringComparison.Ordinal) : -1;
        if (end < 0)
        {
            throw new InvalidDataException($"{file} has no front matter between '---' lines.");
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(normalized[4..Math.Max(4, end)]));
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        return new ShippedArticle(file, root ?? new YamlMappingNode(), normalized[(end + 5)..]);
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(p => p.Key is YamlScalarNode k && k.Value == key).Value;

    private static YamlMappingNode? Mapping(YamlMappingNode map, string key) => Child(map, key) as YamlMappingNode;

    private static string? Scalar(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

    private static List<YamlNode> Items(YamlMappingNode map, string key) =>
        Child(map, key) is YamlSequenceNode sequence ? [.. sequence.Children] : [];

    private static List<string> Strings(YamlMappingNode map, string key) => Child(map, key) switch
    {
        YamlScalarNode scalar when scalar.Value is not null => [scalar.Value],
        YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value).OfType<string>().ToList(),
        _ => [],
    };

    [GeneratedRegex(@"^\[\^([^\]\s]+)\]:", RegexOptions.Multiline)]
    private static partial Regex FootnoteNote();

    [GeneratedRegex(@"\[\^([^\]\s]+)\](?!:)")]
    private static partial Regex FootnoteMarker();

    [GeneratedRegex(@"^\d{4}(-\d{2}){0,2}$")]
    private static partial Regex DateShape();

    [GeneratedRegex(@"[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]")]
    private static partial Regex Hangul();

    [GeneratedRegex(@"^\|\s*`([a-z_]+)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex KindRow();

    private sealed record ShippedArticle(string File, YamlMappingNode FrontMatter, string Body);
}
