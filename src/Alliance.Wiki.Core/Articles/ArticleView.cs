using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Core.Articles;

/// <summary>Everything the article page shows about one revision, and when its HTML was rendered.</summary>
public sealed record ArticleView(
    Page Page,
    RevisionInfo Revision,
    string Html,
    IReadOnlyList<TocEntry> Contents,
    IReadOnlyList<string> Categories,
    DateTime RenderedAt);
