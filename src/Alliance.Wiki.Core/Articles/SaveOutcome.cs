using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Core.Articles;

/// <summary>What a save did: the page, the new revision (null when the text was unchanged), and aliases it could not take.</summary>
public sealed record SaveOutcome(Page Page, Revision? Revision, bool Created, IReadOnlyList<string> SkippedAliases);
