namespace Alliance.Wiki.Core.Storage;

/// <summary>One entry of the admins' list of featured articles, which the main page rotates through by day.</summary>
public sealed class FeaturedArticle
{
    public int Position { get; set; }

    public required string Title { get; set; }
}
