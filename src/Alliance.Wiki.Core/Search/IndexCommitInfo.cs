namespace Alliance.Wiki.Core.Search;

/// <summary>What an index's last commit records about the database it follows.</summary>
/// <param name="Sequence">The last change-log sequence applied.</param>
/// <param name="WikiId">The identity of the database it was built from.</param>
public sealed record IndexCommitInfo(long Sequence, string WikiId);
