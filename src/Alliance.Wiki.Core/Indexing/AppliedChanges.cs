namespace Alliance.Wiki.Core.Indexing;

/// <summary>What a batch of the change log changed, as far as a cache of whole pages cares.</summary>
/// <param name="Titles">The titles of the pages changed: the current ones, and the ones they had before (a move, a deletion).</param>
/// <param name="NamesChanged">True when a title or alias appeared or went (links on other pages change colour), or when it cannot be told (a rebuild).</param>
public sealed record AppliedChanges(IReadOnlyList<string> Titles, bool NamesChanged);
