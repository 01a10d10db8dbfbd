namespace Alliance.Wiki.Tests.Support;

/// <summary>Folders of the repository the tests run from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>How many articles content/ ships: one Markdown file each.</summary>
    public static int ShippedArticles => Directory.GetFiles(Content, "*.md").Length;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alliance.Wiki.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the repository (no Alliance.Wiki.sln above " + AppContext.BaseDirectory + ").");
    }
}
