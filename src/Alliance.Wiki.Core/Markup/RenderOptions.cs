namespace Alliance.Wiki.Core.Markup;

/// <summary>How to render: the page the text belongs to, and whether headings get section edit links.</summary>
public sealed record RenderOptions(string? PageTitle, bool SectionEditLinks)
{
    public static RenderOptions Plain { get; } = new(null, false);
}
