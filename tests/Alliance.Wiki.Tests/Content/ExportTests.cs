using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Content;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Content;

/// <summary>Export writes the latest revisions back to Markdown; importing them into an empty database gives the same wiki.</summary>
public sealed class ExportTests
{
    /// <summary>The shipped articles, counted rather than written down: the content writers keep adding them.</summary>
    [Fact]
    public async Task Exported_content_imports_into_an_empty_database_as_the_same_pages_and_aliases()
    {
        using var exported = new TempContent();
        using (var source = new WikiServer())
        {
            await source.InScopeAsync(s => s.GetRequiredService<ArticleWriter>().SaveAsync(
                new SaveCommand("Korean War", ArticleDocument.Parse("---\nkorean: 한국전쟁\naliases: [Edited alias]\ncategories: [History]\nsummary: Edited.\n---\nAn editor's version."),
                    "editor1", "Edit", false, RevisionOrigin.Editor),
                CancellationToken.None));
            await source.InScopeAsync(s => s.GetRequiredService<ContentExporter>().ExportAsync(exported.Folder, null, CancellationToken.None));
            var expected = await SnapshotAsync(source);

            using var copy = new WikiServer(exported.Folder);
            Assert.Equal(expected, await SnapshotAsync(copy));
        }

        Assert.Equal(RepositoryPaths.ShippedArticles, Directory.GetFiles(exported.Folder, "*.md").Length);
        Assert.Contains("An editor's version.", await File.ReadAllTextAsync(Path.Combine(exported.Folder, "korean-war.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exporting_twice_rewrites_nothing()
    {
        using var folder = new TempContent();
        using var wiki = new WikiServer();
        var first = await wiki.InScopeAsync(s => s.GetRequiredService<ContentExporter>().ExportAsync(folder.Folder, null, CancellationToken.None));
        var second = await wiki.InScopeAsync(s => s.GetRequiredService<ContentExporter>().ExportAsync(folder.Folder, null, CancellationToken.None));
        Assert.Equal(RepositoryPaths.ShippedArticles, first.Written);
        Assert.Equal((0, RepositoryPaths.ShippedArticles), second);
    }

    [Theory]
    [InlineData("Korean War", "korean-war")]
    [InlineData("North Korea's nuclear program", "north-korea-s-nuclear-program")]
    [InlineData("주한미군", "주한미군")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    public void Slugs_are_safe_file_names(string title, string slug) => Assert.Equal(slug, ContentExporter.Slug(title));

    [Fact]
    public async Task Pages_with_titles_too_long_for_a_file_name_are_exported_and_import_as_the_same_pages()
    {
        // 100 Hangul syllables are 300 bytes of UTF-8; Linux allows 255 a file name. Two such titles share their start.
        var longTitle = string.Concat(Enumerable.Repeat("한미상호방위조약", 13));
        var titles = new[] { longTitle + " 첫째", longTitle + " 둘째", "Short title" };
        using var content = new TempContent();
        foreach (var (title, i) in titles.Select((t, i) => (t, i)))
        {
            content.Write($"page-{i}.md", title, $"Text of page {i}.");
        }

        using var exported = new TempContent();
        using var source = new WikiServer(content.Folder);
        var written = await source.InScopeAsync(s => s.GetRequiredService<ContentExporter>().ExportAsync(exported.Folder, null, CancellationToken.None));
        using var copy = new WikiServer(exported.Folder);

        Assert.Equal((3, 0), written);
        Assert.All(Directory.GetFiles(exported.Folder), f => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(Path.GetFileName(f)), 1, 255));
        Assert.Equal(await SnapshotAsync(source), await SnapshotAsync(copy));
        Assert.Equal(ContentExporter.Slug(titles[0]), ContentExporter.Slug(titles[0]));
        Assert.NotEqual(ContentExporter.Slug(titles[0]), ContentExporter.Slug(titles[1]));
    }

    private static Task<string> SnapshotAsync(WikiServer wiki) => wiki.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<WikiDbContext>();
        var pages = await db.Pages.AsNoTracking().OrderBy(p => p.Title)
            .Join(db.Revisions, p => p.LatestRevisionId, r => r.Id, (p, r) => p.Title + "\n" + r.Text).ToListAsync();
        var names = await db.PageNames.AsNoTracking().OrderBy(n => n.Key).Select(n => n.Name + "→" + n.Page!.Title).ToListAsync();
        return string.Join("\n===\n", pages) + "\n###\n" + string.Join("\n", names);
    });
}
