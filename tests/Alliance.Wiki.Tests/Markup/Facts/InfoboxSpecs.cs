using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Tests.Support;
using AngleSharp.Html.Parser;

namespace Alliance.Wiki.Tests.Markup.Facts;

/// <summary>Front matter in, infobox and timeline HTML out.</summary>
public sealed class InfoboxSpecs
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["United States"] = "United States",
        ["President of South Korea"] = "President of South Korea",
    };

    private static async Task<(RenderedArticle Rendered, DictionaryResolver Resolver)> RenderAsync(string file, string? title = "Mutual Defense Treaty (1953)")
    {
        var document = ArticleDocument.Parse(file);
        var resolver = new DictionaryResolver(Names);
        var options = new RenderOptions(title, SectionEditLinks: false) { Facts = document.Metadata };
        return (await new ArticleRenderer().RenderAsync(document.Body, options, resolver, CancellationToken.None), resolver);
    }

    [Fact]
    public async Task The_infobox_comes_before_the_lead_with_title_and_Korean_name()
    {
        var (rendered, _) = await RenderAsync(FrontMatterFactsSpecs.Treaty);
        var html = new HtmlParser().ParseDocument(rendered.Html);
        var first = html.Body!.FirstElementChild!;
        Assert.Equal("TABLE", first.TagName);
        Assert.Equal("infobox infobox-treaty", first.ClassName);
        Assert.Equal("Mutual Defense Treaty (1953)한미상호방위조약", first.QuerySelector("caption")!.TextContent);
        Assert.Equal("ko", first.QuerySelector("caption .infobox-korean")!.GetAttribute("lang"));
        Assert.Equal("P", first.NextElementSibling!.TagName);
    }

    [Fact]
    public async Task Rows_follow_the_kind_with_labels_dates_and_lists()
    {
        var (rendered, _) = await RenderAsync(FrontMatterFactsSpecs.Treaty);
        var rows = new HtmlParser().ParseDocument(rendered.Html).QuerySelectorAll(".infobox tr")
            .Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector("td")!.TextContent)).ToList();
        Assert.Equal(
            [("Signed", "1 October 1953"), ("Location", "Washington, D.C."), ("Effective", "17 November 1954"), ("Parties", "United StatesSouth Korea"), ("Signatories", "John Foster Dulles; Pyun Yung-tai")],
            rows);
        Assert.Contains("""<td><time datetime="1953-10-01">1 October 1953</time></td>""", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Infobox_links_resolve_in_the_bodys_one_batch_and_red_ones_are_counted()
    {
        var (rendered, resolver) = await RenderAsync(FrontMatterFactsSpecs.Treaty.Replace("Six articles.", "Six articles, see [[Korean War]].", StringComparison.Ordinal));
        Assert.Single(resolver.Calls);
        Assert.Equal(["United States", "South Korea", "Korean War"], rendered.LinkTargets);
        Assert.Contains("""<a href="/wiki/United_States" class="wikilink" """, rendered.Html, StringComparison.Ordinal);
        Assert.Contains("""<a href="/edit/South_Korea" class="wikilink new" """, rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offices_show_under_their_heading_with_years()
    {
        var (rendered, _) = await RenderAsync(FrontMatterFactsSpecs.Person, "Yoon Suk Yeol");
        var html = new HtmlParser().ParseDocument(rendered.Html);
        Assert.Equal("Offices", html.QuerySelector(".infobox-section")!.TextContent);
        var offices = html.QuerySelectorAll(".infobox-full").Select(c => c.TextContent).ToList();
        Assert.Equal(["President of South Korea2022 – 2025", "Prosecutor General2019 – present"], offices);
    }

    [Fact]
    public async Task The_timeline_lists_events_in_date_order_before_the_notes()
    {
        var (rendered, _) = await RenderAsync(FrontMatterFactsSpecs.Treaty + "\nA claim.[^1]\n\n[^1]: A source.\n");
        var html = new HtmlParser().ParseDocument(rendered.Html);
        var timeline = html.QuerySelector("section.article-timeline")!;
        Assert.Equal("Timeline", timeline.QuerySelector("h2")!.TextContent);
        Assert.Equal(["1953-10-01", "1954"], timeline.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal("footnotes", timeline.NextElementSibling!.ClassName);
    }

    [Fact]
    public async Task Without_facts_the_body_renders_alone()
    {
        var (rendered, _) = await RenderAsync("Just a lead.\n");
        Assert.Equal("<p>Just a lead.</p>", rendered.Html.Trim());
    }

    [Fact]
    public async Task The_infobox_is_not_a_section_so_section_numbers_do_not_move()
    {
        var (rendered, _) = await RenderAsync(FrontMatterFactsSpecs.Treaty);
        Assert.Equal(["Provisions"], rendered.Contents.Select(c => c.Text));
        Assert.Equal(1, rendered.Contents[0].Section);
    }
}
