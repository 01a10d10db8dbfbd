namespace Alliance.Wiki.Core.Articles;

/// <summary>Where a title leads and, when it names a page with a revision, what the article page shows.</summary>
/// <param name="Lookup">The page the title reached, and how.</param>
/// <param name="View">The page's latest revision as the article page shows it; null when the page has no revision.</param>
public sealed record ArticleRead(PageLookup Lookup, ArticleView? View);
