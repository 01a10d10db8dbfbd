namespace Alliance.Wiki.Settings;

/// <summary>
/// Resolves the settings' relative paths. `dotnet run --project src/Alliance.Wiki` may start in the repository or in
/// the project folder, so relative paths are taken from the nearest folder, upwards, that holds content/.
/// </summary>
public static class WikiPaths
{
    public static string Resolve(string path, string contentFolderName = "content")
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(ProjectRoot(contentFolderName), path));
    }

    public static string ProjectRoot(string contentFolderName = "content")
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, contentFolderName)) && File.Exists(Path.Combine(dir.FullName, "Alliance.Wiki.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
