namespace Alliance.Wiki.Core.Storage;

/// <summary>
/// A name that reaches a page: its title, an alias, or its Korean name. One table for all of them,
/// so that resolving any set of link targets is a single query on <see cref="Key"/>.
/// </summary>
public sealed class PageName
{
    public long Id { get; set; }

    public long PageId { get; set; }

    public required string Name { get; set; }

    /// <summary><see cref="Titles.WikiTitle.Key"/> of <see cref="Name"/>; unique across the wiki.</summary>
    public required string Key { get; set; }

    public PageNameKind Kind { get; set; }

    public Page? Page { get; set; }
}
