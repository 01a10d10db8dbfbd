namespace Alliance.Wiki.Core.Markup;

/// <summary>What an article's front matter says besides its title.</summary>
public sealed record ArticleMetadata(string? Korean, IReadOnlyList<string> Aliases, IReadOnlyList<string> Categories, string Summary)
{
    public static ArticleMetadata Empty { get; } = new(null, [], [], string.Empty);
}
