using Alliance.Wiki.Core.Articles;

namespace Alliance.Wiki.Core.History;

/// <summary>A revision as history lists show it: with its page's title and its size change from its parent, in bytes.</summary>
public sealed record RevisionChange(RevisionInfo Revision, string PageTitle, int SizeChange);
