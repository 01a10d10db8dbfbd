using Alliance.Wiki.Core.Markup;

namespace Alliance.Wiki.Core.Articles;

/// <summary>Reading a stored revision's text, which may hold front matter.</summary>
public static class ArticleText
{
    /// <summary>The Markdown body; a revision whose front matter is broken shows whole, so nothing is hidden.</summary>
    public static string BodyOf(string revisionText) => TryParse(revisionText)?.Body ?? revisionText;

    public static ArticleDocument? TryParse(string revisionText)
    {
        try
        {
            return ArticleDocument.Parse(revisionText);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
