using System.Net;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Hardening;

/// <summary>
/// The record of changes of a page whose revisions are hostile: written straight into the database, as revisions saved
/// before the render budget existed would be. Diff, revision, blame and the article itself answer 200 pages (a coarser
/// diff with a note, the text shown as written under the reason), never a 500 or a stall.
/// </summary>
public sealed class PathologicalHistoryTests : IAsyncLifetime
{
    private static readonly string LongLine = string.Join(' ', Enumerable.Repeat("word", 380_000));

    private readonly TempWiki _temp = new(c => c.Write("hostile.md", "Hostile history", "Lead."));
    private long _first;
    private long _second;
    private long _third;

    public async ValueTask InitializeAsync()
    {
        _first = await AppendAsync("Lead.\n\n" + LongLine);
        _second = await AppendAsync("Lead.\n\n" + LongLine[..950_000] + " inserted " + LongLine[950_000..]);
        _third = await AppendAsync("Lead.\n\n" + string.Concat(Enumerable.Repeat("[a](", 25_000)));
    }

    [Fact]
    public async Task A_diff_of_a_long_changed_line_answers_a_coarser_diff_with_a_note()
    {
        var (response, page) = await WikiSession.Anonymous(_temp.Server).GetAsync($"/diff/Hostile_history?from={_first}&to={_second}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".diff-coarse"));
        Assert.Equal("inserted", page.QuerySelector("ins")?.TextContent.Trim());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_diff_to_a_hostile_revision_answers_200_inline_and_side_by_side(bool sideBySide)
    {
        var (response, page) = await WikiSession.Anonymous(_temp.Server).GetAsync($"/diff/Hostile_history?from={_second}&to={_third}" + (sideBySide ? "&view=side" : string.Empty));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("table.diff"));
    }

    [Fact]
    public async Task An_old_hostile_revision_is_shown_as_written_under_the_reason()
    {
        var (response, page) = await WikiSession.Anonymous(_temp.Server).GetAsync($"/revision/{_third}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".render-refused"));
        Assert.StartsWith("Lead.", page.QuerySelector("pre.render-plain")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/wiki/Hostile_history")]
    [InlineData("/blame/Hostile_history")]
    [InlineData("/history/Hostile_history")]
    public async Task The_article_its_blame_and_its_history_answer_200(string url)
    {
        var (response, _) = await WikiSession.Anonymous(_temp.Server).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Adds a revision on top of the page's latest, past every check a save makes.</summary>
    private Task<long> AppendAsync(string body) => _temp.Server.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<WikiDbContext>();
        var page = await db.Pages.SingleAsync(p => p.Title == "Hostile history");
        var text = "---\ntitle: Hostile history\n---\n" + body;
        var revision = new Revision
        {
            PageId = page.Id,
            ParentId = page.LatestRevisionId,
            Text = text,
            Comment = "hostile",
            Author = "attacker",
            CreatedAt = DateTime.UtcNow,
            Size = System.Text.Encoding.UTF8.GetByteCount(text),
            Origin = RevisionOrigin.Editor,
        };
        db.Revisions.Add(revision);
        await db.SaveChangesAsync();
        page.LatestRevisionId = revision.Id;
        await db.SaveChangesAsync();
        return revision.Id;
    });

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
