namespace Alliance.Wiki.Core.Search;

/// <summary>A page a typed prefix may mean.</summary>
/// <param name="Title">The page's title.</param>
/// <param name="Alias">The alias that matched the prefix, or null when the title did.</param>
/// <param name="Summary">The page's summary.</param>
public sealed record TitleSuggestion(string Title, string? Alias, string Summary);
