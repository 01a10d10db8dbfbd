using Alliance.Wiki.Core.Markup.Facts;

namespace Alliance.Wiki.Core.Markup;

/// <summary>What an article's front matter says besides its title: names, categories, summary, and its structured facts.</summary>
public sealed record ArticleMetadata(string? Korean, IReadOnlyList<string> Aliases, IReadOnlyList<string> Categories, string Summary)
{
    public static ArticleMetadata Empty { get; } = new(null, [], [], string.Empty);

    public Infobox? Infobox { get; init; }

    public IReadOnlyList<ArticleEvent> Events { get; init; } = [];
}
