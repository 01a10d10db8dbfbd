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
}
