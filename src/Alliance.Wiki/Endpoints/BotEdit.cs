namespace Alliance.Wiki.Endpoints;

/// <summary>The JSON body of a bot's save.</summary>
/// <param name="Markdown">The whole text (front matter optional: without it the page keeps its own), or the section's text.</param>
/// <param name="Summary">The edit summary.</param>
/// <param name="BaseRevision">The revision the bot read; required for an existing page.</param>
/// <param name="Section">The section to replace, or null for the whole article.</param>
/// <param name="Minor">A minor edit.</param>
public sealed record BotEdit(string? Markdown, string? Summary, long? BaseRevision, int? Section, bool Minor);
