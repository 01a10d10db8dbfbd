using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Tests.Hardening;
using Alliance.Wiki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Markup;

/// <summary>
/// The import verb renders ahead without the sanitizer (<see cref="RenderOptions.Unshown"/>) and keeps only the links,
/// the contents and the search text: each must be the shown render's, for every shipped article and every XSS vector.
/// </summary>
public sealed class UnshownRenderSpecs
{
    public static TheoryData<string> Texts()
    {
        var texts = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*.md").Order(StringComparer.Ordinal))
        {
            texts.Add(File.ReadAllText(file));
        }

        foreach (var (_, vectors) in XssVectors.Families)
        {
            texts.Add(string.Join("\n\n", vectors));
        }

        return texts;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task An_unshown_render_gives_the_links_contents_and_search_text_of_the_shown_one(string text)
    {
        var document = ArticleText.TryParse(text);
        var options = new RenderOptions("Korean War", SectionEditLinks: true) { Facts = document?.Metadata };
        var body = document?.Body ?? text;

        var shown = await MarkupFixture.RenderAsync(body, options);
        var unshown = await MarkupFixture.RenderAsync(body, options with { Unshown = true });

        Assert.False(shown.Unshown);
        Assert.True(unshown.Unshown);
        Assert.Equal(shown.LinkTargets, unshown.LinkTargets);
        Assert.Equal(shown.Contents, unshown.Contents);
        Assert.Equal(ArticlePlainText.FromHtml(shown.Html, headings: false), ArticlePlainText.FromHtml(unshown.Html, headings: false));
    }

    [Fact]
    public async Task The_unshown_render_skips_the_sanitizer()
    {
        // Markdig writes a rule as <hr />; the sanitizer parses the HTML and writes it back as HTML5, <hr>.
        var shown = await MarkupFixture.RenderAsync("Above.\n\n---\n\nBelow.\n");
        var unshown = await MarkupFixture.RenderAsync("Above.\n\n---\n\nBelow.\n", RenderOptions.Plain with { Unshown = true });

        Assert.Contains("<hr>", shown.Html, StringComparison.Ordinal);
        Assert.Contains("<hr />", unshown.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_render_cache_refuses_to_store_an_unshown_render_and_writes_nothing()
    {
        var database = Path.Combine(Path.GetTempPath(), "never-opened-" + Guid.NewGuid().ToString("N") + ".db");
        await using var services = CoreServices.For(database);
        await using var scope = services.CreateAsyncScope();
        var renders = scope.ServiceProvider.GetRequiredService<RenderCache>();
        var unshown = await MarkupFixture.RenderAsync("<script>alert(1)</script>\n\nText.\n", RenderOptions.Plain with { Unshown = true });

        await Assert.ThrowsAsync<InvalidOperationException>(() => renders.StoreAsync(1, unshown, CancellationToken.None));
        Assert.False(File.Exists(database));
    }
}
