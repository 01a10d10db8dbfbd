namespace Alliance.Wiki.Core.Storage;

/// <summary>The database's one identity row, which a search index records so that it never serves another database's pages.</summary>
public sealed class WikiIdentity
{
    public required string Id { get; set; }
}
