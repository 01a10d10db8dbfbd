using Markdig.Syntax;

namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>
/// One value in an infobox cell or one event of a timeline: a date shown as <c>&lt;time&gt;</c>, and/or Markdown parsed
/// into its children, so the document's one walk finds its wiki links and they resolve in the body's batch.
/// </summary>
public sealed class FactItem() : ContainerBlock(null)
{
    public FactDate? Date { get; init; }

    /// <summary>Plain text after the value (an office's years).</summary>
    public string? Suffix { get; init; }
}
