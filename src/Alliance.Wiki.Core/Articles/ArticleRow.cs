using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Core.Articles;

/// <summary>
/// What one read of the article path returns for a name: the name, its page, the page's latest revision (without its
/// text), that revision's cached render when there is one, and the page's categories joined by
/// <see cref="ArticleQueries.CategorySeparator"/>.
/// </summary>
internal sealed class ArticleRow
{
    public required Page Page { get; init; }

    public required string MatchedName { get; init; }

    public PageNameKind Kind { get; init; }

    public RevisionInfo? Revision { get; init; }

    public string? Html { get; init; }

    public string? ContentsJson { get; init; }

    public DateTime? RenderedAt { get; init; }

    public string? Categories { get; init; }

    public PageLookup Lookup => new(Page, MatchedName, Kind == PageNameKind.Alias);

    /// <summary>True when the page has a revision whose render is not cached: the view needs the renderer.</summary>
    public bool NeedsRender => Page.LatestRevisionId is not null && Html is null;

    /// <summary>The view from the cached render, or null when the page has no revision or the render is missing.</summary>
    public ArticleView? CachedView() => this is { Html: { } html, ContentsJson: { } json, RenderedAt: { } renderedAt }
        ? ViewWith(new RenderedArticle(html, RenderCache.ReadContents(json), []), renderedAt)
        : null;

    /// <summary>The view with this render of the latest revision.</summary>
    public ArticleView ViewWith(RenderedArticle rendered, DateTime renderedAt) => new(
        Page,
        Revision ?? throw new InvalidOperationException($"Page {Page.Id} names revision {Page.LatestRevisionId}, which does not exist."),
        rendered.Html,
        rendered.Contents,
        CategoryNames(),
        renderedAt);

    /// <summary>The categories in name order (the order the page has always listed them in).</summary>
    private string[] CategoryNames()
    {
        if (string.IsNullOrEmpty(Categories))
        {
            return [];
        }

        var names = Categories.Split(ArticleQueries.CategorySeparator);
        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }
}
