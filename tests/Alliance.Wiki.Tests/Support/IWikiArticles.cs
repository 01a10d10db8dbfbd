namespace Alliance.Wiki.Tests.Support;

/// <summary>A test class that names the articles of its <see cref="SharedWiki{TArticles}"/>.</summary>
public interface IWikiArticles
{
    /// <summary>Writes the content/ files the wiki starts from, and returns to before each test.</summary>
    static abstract void Write(TempContent content);
}
