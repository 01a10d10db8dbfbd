namespace Alliance.Wiki.Core.Articles;

/// <summary>A category and its pages, for the main page.</summary>
public sealed record CategoryListing(string Name, IReadOnlyList<PageSummary> Pages);
