namespace Alliance.Wiki.Core.Markup;

/// <summary>What rendering one revision's Markdown produces.</summary>
/// <param name="Html">The body as safe HTML (unsanitized when <see cref="Unshown"/>).</param>
/// <param name="Contents">The table of contents, every top-level heading in order.</param>
/// <param name="LinkTargets">The distinct normalised titles the body links to.</param>
/// <param name="Problem">Why the text was shown as plain text instead of rendered (<see cref="RenderBudget"/>); null when it rendered.</param>
public sealed record RenderedArticle(string Html, IReadOnlyList<TocEntry> Contents, IReadOnlyList<string> LinkTargets, string? Problem = null)
{
    /// <summary>Rendered for its links, contents and text only, without the sanitizer (<see cref="RenderOptions.Unshown"/>): never shown or stored.</summary>
    public bool Unshown { get; init; }
}
