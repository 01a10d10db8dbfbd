namespace Alliance.Wiki.Corpus;

/// <summary>One generated article: its file name in a content/ folder, its title, and the file's text (front matter and Markdown).</summary>
public sealed record GeneratedArticle(string FileName, string Title, string Text);
