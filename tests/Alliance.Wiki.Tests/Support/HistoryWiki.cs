using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// A wiki with a small, known history: "Alpha" imported and then edited three times (one edit minor, one by an author
/// and with a summary that are HTML), "Beta" imported once, and a Hangul page edited once.
/// </summary>
public class HistoryWiki : IAsyncLifetime
{
    public const string Hostile = "<script>alert(1)</script>";
    public const string HostileSummary = Hostile + " & \"quoted\"";
    public const string Korean = "한미동맹 역사";

    public const string AlphaV1 = "Alpha lead paragraph.\n\nSecond paragraph about the treaty.";
    public const string AlphaV2 = "Alpha lead paragraph.\n\nSecond paragraph about the 1953 treaty.";
    public const string AlphaV3 = "Alpha opening paragraph.\n\nSecond paragraph about the 1953 treaty.";
    public const string AlphaV4 = AlphaV3 + "\n\nThird <b>paragraph</b> & more.";

    private readonly TempContent _content = new();
    private WikiServer? _server;

    /// <summary>The database the wiki runs on (<see cref="HistoryWikiOnPostgres"/> changes it).</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public WikiServer Server => _server ?? throw new InvalidOperationException("The wiki has not started.");

    /// <summary>Alpha's revisions, oldest first.</summary>
    public IReadOnlyList<long> Alpha { get; private set; } = [];

    public long BetaRevision { get; private set; }

    /// <summary>The Hangul page's revisions, oldest first.</summary>
    public IReadOnlyList<long> KoreanRevisions { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        _content.Write("alpha.md", "Alpha", AlphaV1, aliases: "A1");
        _content.Write("beta.md", "Beta", "Beta text.");
        _content.Write("korean.md", Korean, "주한미군은 평택에 있다.\n\n동맹은 1953년에 맺어졌다.");
        _server = new WikiServer(_content.Folder, provider: Provider);
        Alpha =
        [
            await LatestAsync("Alpha"),
            await SaveAsync("Alpha", AlphaV2, "ann", "Add the treaty year", false, aliases: "A1"),
            await SaveAsync("Alpha", AlphaV3, "bob", "Copyedit", true, aliases: "A1"),
            await SaveAsync("Alpha", AlphaV4, Hostile, HostileSummary, false, aliases: "A1"),
        ];
        BetaRevision = await LatestAsync("Beta");
        KoreanRevisions = [await LatestAsync(Korean), await SaveAsync(Korean, "주한미군은 용산에 있다.\n\n동맹은 1953년에 맺어졌다.", "ann", "위치 수정", false)];
    }

    /// <summary>Saves a page's next revision as an editor would, with the front matter its content file has.</summary>
    public async Task<long> SaveAsync(string title, string body, string author, string comment, bool isMinor, string aliases = "")
    {
        var text = $"---\ntitle: {title}\naliases: [{aliases}]\ncategories: [Testing]\nsummary: About {title}.\n---\n{body}";
        var outcome = await Server.InScopeAsync(s => s.GetRequiredService<ArticleWriter>().SaveAsync(
            new SaveCommand(title, ArticleDocument.Parse(text), author, comment, isMinor, RevisionOrigin.Editor), CancellationToken.None));
        return outcome.Revision?.Id ?? throw new InvalidOperationException($"Saving '{title}' added no revision.");
    }

    public ValueTask DisposeAsync()
    {
        _server?.Dispose();
        _content.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private async Task<long> LatestAsync(string title)
    {
        var lookup = await Server.InScopeAsync(s => s.GetRequiredService<ArticleReader>().FindAsync(title, CancellationToken.None));
        return lookup?.Page.LatestRevisionId ?? throw new InvalidOperationException($"'{title}' was not imported.");
    }
}
