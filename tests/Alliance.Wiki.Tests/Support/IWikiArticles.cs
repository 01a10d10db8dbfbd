namespace Alliance.Wiki.Tests.Support;

/// <summary>A test class that names the articles of its <see cref="SharedWiki{TArticles}"/>.</summary>
public interface IWikiArticles
{
    /// <summary>Writes the content/ files the wiki starts from, and returns to before each test.</summary>
    static abstract void Write(TempContent content);
}

/// <summary>
/// Marks a test class whose <see cref="SharedWiki{TArticles}"/> runs on PostgreSQL: the same tests as the SQLite class
/// it derives from, on the other provider (the storage, editing, history and search contracts hold on both).
/// </summary>
public interface IOnPostgres;
