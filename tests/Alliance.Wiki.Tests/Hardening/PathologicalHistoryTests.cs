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
public sealed class PathologicalHistoryTests(PathologicalHistoryTests.HostileHistory history) : IClassFixture<PathologicalHistoryTests.HostileHistory>
{
    [Fact]
    public async Task A_diff_of_a_long_changed_line_answers_a_coarser_diff_with_a_note()
    {
        var (response, page) = await WikiSession.Anonymous(history.Server).GetAsync($"/diff/Hostile_history?from={history.First}&to={history.Second}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".diff-coarse"));
        Assert.Equal("inserted", page.QuerySelector("ins")?.TextContent.Trim());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_diff_to_a_hostile_revision_answers_200_inline_and_side_by_side(bool sideBySide)
    {
        var (response, page) = await WikiSession.Anonymous(history.Server).GetAsync($"/diff/Hostile_history?from={history.Second}&to={history.Third}" + (sideBySide ? "&view=side" : string.Empty));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("table.diff"));
    }

    [Fact]
    public async Task An_old_hostile_revision_is_shown_as_written_under_the_reason()
    {
        var (response, page) = await WikiSession.Anonymous(history.Server).GetAsync($"/revision/{history.Third}");

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
        var (response, _) = await WikiSession.Anonymous(history.Server).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The page with its three hostile revisions, written once for the class: its tests only read them.</summary>
    public sealed class HostileHistory : IAsyncLifetime
    {
        private static readonly string LongLine = string.Join(' ', Enumerable.Repeat("word", 380_000));

        private readonly TempWiki _temp = new(c => c.Write("hostile.md", "Hostile history", "Lead."));

        public WikiServer Server => _temp.Server;

        public long First { get; private set; }

        public long Second { get; private set; }

        public long Third { get; private set; }

        public async ValueTask InitializeAsync()
        {
            First = await AppendAsync("Lead.\n\n" + LongLine);
            Second = await AppendAsync("Lead.\n\n" + LongLine[..950_000] + " inserted " + LongLine[950_000..]);
            Third = await AppendAsync("Lead.\n\n" + string.Concat(Enumerable.Repeat("[a](", 25_000)));
        }

        public ValueTask DisposeAsync()
        {
            _temp.Dispose();
            return ValueTask.CompletedTask;
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
    }
}
