namespace Alliance.Wiki.Tests.Support;

/// <summary>A temporary content/ folder that tests write articles into.</summary>
public sealed class TempContent : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "alliance-wiki-content", Guid.NewGuid().ToString("N"));

    public TempContent()
    {
        Directory.CreateDirectory(Folder);
    }

    public void Write(string file, string title, string body, string aliases = "", string categories = "Testing") =>
        File.WriteAllText(Path.Combine(Folder, file), $"""
            ---
            title: {title}
            aliases: [{aliases}]
            categories: [{categories}]
            summary: About {title}.
            ---
            {body}
            """);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
