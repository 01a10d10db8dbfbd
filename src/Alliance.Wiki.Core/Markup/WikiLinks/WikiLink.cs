using Markdig.Syntax.Inlines;

namespace Alliance.Wiki.Core.Markup.WikiLinks;

/// <summary>
/// A <c>[[Title#Section|label]]</c> link. Derived from <see cref="LinkInline"/> so that code walking links
/// (URL safety, plain-text extraction) treats it as one. Resolution fills <see cref="ResolvedTitle"/>.
/// </summary>
public sealed class WikiLink : LinkInline
{
    /// <summary>The normalised target title; empty for a link within the page (<c>[[#Section]]</c>).</summary>
    public string Target { get; init; } = string.Empty;

    /// <summary>The section heading named after '#', as written, or null.</summary>
    public string? Section { get; init; }

    /// <summary>The canonical title of the existing page the target names, or null when the page is missing.</summary>
    public string? ResolvedTitle { get; set; }
}
