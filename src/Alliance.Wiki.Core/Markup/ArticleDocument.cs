using System.Text;
using Alliance.Wiki.Core.Markup.Facts;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Alliance.Wiki.Core.Markup;

/// <summary>
/// An article as text: YAML front matter (title, korean, aliases, categories, summary, infobox, events) and a Markdown body.
/// Files in content/ carry the title; revisions in the database leave it out, since the page names it.
/// </summary>
public sealed record ArticleDocument(string? Title, ArticleMetadata Metadata, string Body)
{
    private const string Fence = "---";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(LowerCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static bool HasFrontMatter(string text) =>
        NormalizeNewlines(text ?? string.Empty).StartsWith(Fence + "\n", StringComparison.Ordinal);

    /// <summary>Parses text with or without front matter. Throws <see cref="FormatException"/> when the front matter is not valid YAML.</summary>
    public static ArticleDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = NormalizeNewlines(text);
        if (!normalized.StartsWith(Fence + "\n", StringComparison.Ordinal))
        {
            return new ArticleDocument(null, ArticleMetadata.Empty, NormalizeBody(normalized));
        }

        var end = normalized.IndexOf("\n" + Fence + "\n", Fence.Length, StringComparison.Ordinal);
        var endAtEof = end < 0 && normalized.EndsWith("\n" + Fence, StringComparison.Ordinal);
        if (end < 0 && !endAtEof)
        {
            throw new FormatException("The front matter starts with '---' but has no closing '---' line.");
        }

        var yamlEnd = end >= 0 ? end : normalized.Length - Fence.Length - 1;
        var yaml = normalized[(Fence.Length + 1)..yamlEnd];
        var body = end >= 0 ? normalized[(end + Fence.Length + 2)..] : string.Empty;
        FrontMatter matter;
        try
        {
            matter = Yaml.Deserialize<FrontMatter?>(yaml) ?? new FrontMatter();
        }
        catch (YamlException e)
        {
            throw new FormatException($"The front matter is not valid YAML (line {e.Start.Line}): {e.Message}", e);
        }

        var metadata = new ArticleMetadata(
            Clean(matter.Korean),
            CleanList(matter.Aliases),
            CleanList(matter.Categories),
            Clean(matter.Summary) ?? string.Empty)
        {
            Infobox = FrontMatterFacts.ReadInfobox(matter.Infobox),
            Events = FrontMatterFacts.ReadEvents(matter.Events),
        };
        return new ArticleDocument(Clean(matter.Title), metadata, NormalizeBody(body));
    }

    /// <summary>The canonical text: the same document always gives the same text, so comparing texts compares documents.</summary>
    public string ToText(bool includeTitle)
    {
        var builder = new StringBuilder();
        builder.Append(Fence).Append('\n');
        if (includeTitle && !string.IsNullOrEmpty(Title))
        {
            builder.Append("title: ").Append(YamlScalar.Of(Title)).Append('\n');
        }

        if (!string.IsNullOrEmpty(Metadata.Korean))
        {
            builder.Append("korean: ").Append(YamlScalar.Of(Metadata.Korean)).Append('\n');
        }

        builder.Append("aliases: ").Append(YamlScalar.Sequence(Metadata.Aliases)).Append('\n');
        builder.Append("categories: ").Append(YamlScalar.Sequence(Metadata.Categories)).Append('\n');
        builder.Append("summary: ").Append(YamlScalar.Of(Metadata.Summary)).Append('\n');
        FrontMatterFacts.Write(builder, Metadata.Infobox, Metadata.Events);
        builder.Append(Fence).Append('\n');
        builder.Append(Body);
        return builder.ToString();
    }

    private static string NormalizeNewlines(string text) =>
        TextLines.Normalize(text).TrimStart('\uFEFF');

    private static string NormalizeBody(string body)
    {
        var trimmed = body.Trim('\n').TrimEnd();
        return trimmed.Length == 0 ? string.Empty : trimmed + "\n";
    }

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static List<string> CleanList(List<string>? values) =>
        values?.Select(Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList() ?? [];

    private sealed class FrontMatter
    {
        public string? Title { get; set; }

        public string? Korean { get; set; }

        public List<string>? Aliases { get; set; }

        public List<string>? Categories { get; set; }

        public string? Summary { get; set; }

        public Dictionary<string, object?>? Infobox { get; set; }

        public List<Dictionary<string, object?>>? Events { get; set; }
    }
}
