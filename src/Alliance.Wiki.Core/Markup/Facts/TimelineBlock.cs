using Markdig.Syntax;

namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>An article's own events as a "Timeline" section before its notes; its children are dated <see cref="FactItem"/>s.</summary>
public sealed class TimelineBlock() : ContainerBlock(null)
{
    /// <summary>The id of the section's heading, apart from any heading the body has.</summary>
    public const string Anchor = "article-timeline";
}
