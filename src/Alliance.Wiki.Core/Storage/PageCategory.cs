namespace Alliance.Wiki.Core.Storage;

public sealed class PageCategory
{
    public long PageId { get; set; }

    public required string Name { get; set; }
}
