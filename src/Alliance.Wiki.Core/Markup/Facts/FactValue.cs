namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>A front-matter value: one string, or a list of them (kept apart so the text round-trips as written).</summary>
public sealed record FactValue(IReadOnlyList<string> Items, bool IsList)
{
    public static FactValue Of(string value) => new([value], false);

    public bool Equals(FactValue? other) => other is not null && IsList == other.IsList && Items.SequenceEqual(other.Items, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(IsList, Items.Count, Items.Count > 0 ? Items[0] : null);
}
