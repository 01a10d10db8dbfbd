namespace Alliance.Wiki.Cli;

/// <summary>A one-line progress bar on standard error, for long verbs.</summary>
public static class ProgressBar
{
    public static void Draw(string label, int done, int total)
    {
        const int width = 30;
        var filled = total == 0 ? width : done * width / total;
        Console.Error.Write($"\r{label} [{new string('#', filled)}{new string('.', width - filled)}] {done}/{total}");
    }
}
