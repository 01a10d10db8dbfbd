namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>One kind of infobox (docs/front-matter.md): its fields in display order, their labels, and which of them hold dates.</summary>
public sealed record InfoboxKind(string Name, string Heading, IReadOnlyList<(string Key, string Label)> Fields, IReadOnlySet<string> DateFields)
{
    public string? LabelOf(string key) => Fields.FirstOrDefault(f => f.Key == key).Label;
}
