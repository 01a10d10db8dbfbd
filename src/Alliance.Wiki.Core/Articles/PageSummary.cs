namespace Alliance.Wiki.Core.Articles;

/// <summary>A page as lists and previews show it.</summary>
public sealed record PageSummary(string Title, string Summary, string? Korean);
