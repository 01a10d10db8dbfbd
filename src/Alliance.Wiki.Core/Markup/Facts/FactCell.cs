using Markdig.Syntax;

namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>A row of an infobox: its label (null for a row across the box) and its <see cref="FactItem"/> children.</summary>
public sealed class FactCell() : ContainerBlock(null)
{
    public string? Label { get; init; }

    /// <summary>A heading row that groups the rows after it (a person's offices).</summary>
    public bool IsSection { get; init; }
}
