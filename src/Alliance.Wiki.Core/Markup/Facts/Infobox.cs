namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>An article's infobox as its front matter states it: the kind, its fields in display order, a person's offices and free rows.</summary>
public sealed record Infobox(string Kind, IReadOnlyList<InfoboxField> Fields, IReadOnlyList<InfoboxOffice> Offices, IReadOnlyList<InfoboxRow> Rows)
{
    public FactValue? this[string key] => Fields.FirstOrDefault(f => f.Key == key)?.Value;

    public bool Equals(Infobox? other) =>
        other is not null && Kind == other.Kind && Fields.SequenceEqual(other.Fields) && Offices.SequenceEqual(other.Offices) && Rows.SequenceEqual(other.Rows);

    public override int GetHashCode() => HashCode.Combine(Kind, Fields.Count, Rows.Count);
}
