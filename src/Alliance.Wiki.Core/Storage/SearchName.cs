namespace Alliance.Wiki.Core.Storage;

/// <summary>A title or alias folded (lower case, no diacritics, dashes as spaces), for suggestions by prefix.</summary>
public sealed class SearchName
{
    public long Id { get; set; }

    public long PageId { get; set; }

    public required string Name { get; set; }

    public required string Fold { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public bool IsTitle { get; set; }
}
