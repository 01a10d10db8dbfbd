using Markdig.Syntax;

namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>The infobox as a block of the article's document, placed before the lead; its children are <see cref="FactCell"/>s.</summary>
public sealed class InfoboxBlock() : ContainerBlock(null)
{
    public required string Kind { get; init; }

    public required string Caption { get; init; }

    public string? Korean { get; init; }
}
