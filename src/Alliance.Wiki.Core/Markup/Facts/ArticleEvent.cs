namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>A dated event of an article's front matter: a partial ISO date as written and one sentence, which may hold wiki links.</summary>
public sealed record ArticleEvent(string Date, string Text);
