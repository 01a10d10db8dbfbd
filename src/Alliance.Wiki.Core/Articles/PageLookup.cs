using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Core.Articles;

/// <summary>The page a name reached, and how: by its own title or by an alias.</summary>
/// <param name="Page">The page.</param>
/// <param name="MatchedName">The stored name that matched (the title or the alias as written).</param>
/// <param name="IsAlias">True when the name is an alias of the page rather than its title.</param>
public sealed record PageLookup(Page Page, string MatchedName, bool IsAlias);
