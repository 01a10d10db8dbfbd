using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Tests.Markup;

/// <summary>Markdown in, HTML out, for every wiki-link form.</summary>
public sealed class WikiLinkSpecs
{
    [Theory]
    [InlineData("[[Korean War]]",
        """<p><a href="/wiki/Korean_War" class="wikilink" title="Korean War" data-title="Korean War">Korean War</a></p>""")]
    [InlineData("[[korean_war]]",
        """<p><a href="/wiki/Korean_War" class="wikilink" title="Korean War" data-title="Korean War">Korean war</a></p>""")]
    [InlineData("[[Korean War|the war]]",
        """<p><a href="/wiki/Korean_War" class="wikilink" title="Korean War" data-title="Korean War">the war</a></p>""")]
    [InlineData("[[Korean War#The armistice]]",
        """<p><a href="/wiki/Korean_War#the-armistice" class="wikilink" title="Korean War" data-title="Korean War">Korean War § The armistice</a></p>""")]
    [InlineData("[[Korean War#The armistice|armistice]]",
        """<p><a href="/wiki/Korean_War#the-armistice" class="wikilink" title="Korean War" data-title="Korean War">armistice</a></p>""")]
    [InlineData("[[#See also]]",
        """<p><a href="#see-also" class="wikilink section-link" title="See also">See also</a></p>""")]
    [InlineData("[[#See also|below]]",
        """<p><a href="#see-also" class="wikilink section-link" title="See also">below</a></p>""")]
    [InlineData("[[THAAD]]",
        """<p><a href="/wiki/Terminal_High_Altitude_Area_Defense" class="wikilink" title="Terminal High Altitude Area Defense" data-title="Terminal High Altitude Area Defense">THAAD</a></p>""")]
    [InlineData("[[주한미군]]",
        """<p><a href="/wiki/United_States_Forces_Korea" class="wikilink" title="United States Forces Korea" data-title="United States Forces Korea"><span lang="ko">주한미군</span></a></p>""")]
    [InlineData("[[Six-Party Talks]]",
        """<p><a href="/edit/Six-Party_Talks" class="wikilink new" title="Six-Party Talks (page does not exist)">Six-Party Talks</a></p>""")]
    [InlineData("[[Korean War#주한미군 역사|역사]]",
        """<p><a href="/wiki/Korean_War#%EC%A3%BC%ED%95%9C%EB%AF%B8%EA%B5%B0-%EC%97%AD%EC%82%AC" class="wikilink" title="Korean War" data-title="Korean War"><span lang="ko">역사</span></a></p>""")]
    public async Task Wiki_link_forms_render(string markdown, string html) =>
        Assert.Equal(html, await MarkupFixture.HtmlAsync(markdown));

    [Theory]
    [InlineData("[[]]", "<p>[[]]</p>")]
    [InlineData("[[A[b]]", "<p>[[A[b]]</p>")]
    [InlineData("[[Bad|Title|x]] ok", """<p><a href="/edit/Bad" class="wikilink new" title="Bad (page does not exist)">Title|x</a> ok</p>""")]
    [InlineData("[[unclosed", "<p>[[unclosed</p>")]
    [InlineData("[[<b>]]", "<p>[[&lt;b&gt;]]</p>")]
    public async Task Malformed_wiki_links_stay_text(string markdown, string html) =>
        Assert.Equal(html, await MarkupFixture.HtmlAsync(markdown));

    [Fact]
    public async Task Labels_are_escaped()
    {
        var html = await MarkupFixture.HtmlAsync("[[Korean War|<img src=x onerror=alert(1)>]]");
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Heading_anchors_keep_Hangul_and_match_section_links()
    {
        var html = await MarkupFixture.HtmlAsync("## 주한미군 역사\n\n[[#주한미군 역사]]");
        Assert.Contains("""<h2 id="주한미군-역사">""", html, StringComparison.Ordinal);
        Assert.Contains("""href="#%EC%A3%BC%ED%95%9C%EB%AF%B8%EA%B5%B0-%EC%97%AD%EC%82%AC""", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wiki_links_work_inside_tables_and_footnotes()
    {
        var html = await MarkupFixture.HtmlAsync("""
            | Year | Event |
            |---|---|
            | 1950 | [[Korean War]] |

            Text.[^1]

            [^1]: See [[THAAD|the system]] and [[Missing page]].
            """);
        Assert.Contains("<td><a href=\"/wiki/Korean_War\" class=\"wikilink\"", html, StringComparison.Ordinal);
        Assert.Contains(""">the system</a>""", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="/edit/Missing_page" class="wikilink new" title="Missing page (page does not exist)">""", html, StringComparison.Ordinal);
        Assert.Contains("class=\"footnotes\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_links_of_a_page_are_resolved_in_one_call()
    {
        var resolver = new DictionaryResolver(MarkupFixture.Names);
        var markdown = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"[[Page {i}]] [[Korean War]]"));
        var rendered = await MarkupFixture.RenderAsync(markdown, resolver: resolver);
        var call = Assert.Single(resolver.Calls);
        Assert.Equal(41, call.Count);
        Assert.Equal(41, rendered.LinkTargets.Count);
    }

    [Fact]
    public async Task A_page_without_wiki_links_asks_nothing()
    {
        var resolver = new DictionaryResolver(MarkupFixture.Names);
        await MarkupFixture.RenderAsync("Plain [text](https://example.org).", resolver: resolver);
        Assert.Empty(resolver.Calls);
    }

    [Fact]
    public async Task Every_request_renders_with_the_one_renderer_the_core_registers()
    {
        await using var services = CoreServices.For(Path.Combine(Path.GetTempPath(), "never-opened.db"));
        await using var first = services.CreateAsyncScope();
        await using var second = services.CreateAsyncScope();
        Assert.Same(first.ServiceProvider.GetRequiredService<ArticleRenderer>(), second.ServiceProvider.GetRequiredService<ArticleRenderer>());
    }
}
