namespace Alliance.Wiki.Core.Markup;

/// <summary>How to render: the page the text belongs to, whether headings get section edit links, and the facts (infobox, events) to show with the body.</summary>
public sealed record RenderOptions(string? PageTitle, bool SectionEditLinks)
{
    public static RenderOptions Plain { get; } = new(null, false);

    /// <summary>The front matter whose infobox and events are rendered with the body; null renders the body alone.</summary>
    public ArticleMetadata? Facts { get; init; }

    /// <summary>
    /// A render no reader sees (the import verb's render ahead, whose links, headings and text are kept and whose HTML
    /// is dropped): it skips the sanitizer, three quarters of a render's time. Its HTML must not be shown or stored
    /// (<see cref="RenderedArticle.Unshown"/>); its links, contents and plain text are the shown render's.
    /// </summary>
    public bool Unshown { get; init; }
}
