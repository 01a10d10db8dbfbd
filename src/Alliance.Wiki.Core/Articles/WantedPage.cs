namespace Alliance.Wiki.Core.Articles;

/// <summary>A title that pages link to but no page has, and how many pages link to it.</summary>
public sealed record WantedPage(string Title, int Linkers);
