using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Web;

/// <summary>The interface in Korean: chosen by Accept-Language, ?uselang=ko or the header's switch, remembered, with Korean dates.</summary>
public sealed partial class KoreanInterfaceTests(WikiServer wiki) : IClassFixture<WikiServer>
{
    private const string Article = "/wiki/Mutual_Defense_Treaty_(1953)";

    [Fact]
    public async Task Accept_Language_ko_gives_the_Korean_interface_around_the_English_article()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Article);
        request.Headers.AcceptLanguage.ParseAdd("ko-KR,ko;q=0.9,en;q=0.5");
        var page = await Html.ParseAsync(await (await wiki.Http.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.Equal("ko", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("문서", page.QuerySelector(".page-tabs a.selected")!.TextContent);
        Assert.Equal("목차", page.QuerySelector("#toc-heading")!.TextContent);
        Assert.Equal("en", page.QuerySelector("article")!.GetAttribute("lang"));
        Assert.Equal("ko", page.QuerySelector("footer.page-info")!.GetAttribute("lang"));
        Assert.Matches(KoreanMoment(), page.QuerySelector("footer.page-info time")!.TextContent);
    }

    [Fact]
    public async Task Without_a_choice_the_interface_is_English()
    {
        var page = await Html.GetAsync(wiki.Http, Article);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Article", page.QuerySelector(".page-tabs a.selected")!.TextContent);
    }

    [Fact]
    public async Task Uselang_switches_the_interface_and_is_remembered()
    {
        using var client = wiki.NewClient(followRedirects: false);
        var first = await Html.ParseAsync(await client.GetStringAsync(new Uri("/timeline?uselang=ko", UriKind.Relative)));
        Assert.Equal("연표", first.QuerySelector("h1")!.TextContent);
        Assert.Matches(@"^\d{4}년( \d{1,2}월( \d{1,2}일)?)?$", first.QuerySelector(".timeline-decade time")!.TextContent);

        var later = await Html.ParseAsync(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        Assert.Equal("ko", later.DocumentElement.GetAttribute("lang"));
        Assert.Equal("대문 — Alliance Wiki", later.Title);
    }

    [Fact]
    public async Task The_header_switch_sets_the_language_and_goes_back()
    {
        using var client = wiki.NewClient(followRedirects: false);
        var response = await client.GetAsync(new Uri("/preferences/language?set=ko&returnUrl=%2Ftimeline", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/timeline", response.Headers.Location!.OriginalString);
        Assert.Equal("연표", (await Html.ParseAsync(await client.GetStringAsync(new Uri("/timeline", UriKind.Relative)))).QuerySelector("h1")!.TextContent);

        await client.GetAsync(new Uri("/preferences/language?set=en", UriKind.Relative));
        Assert.Equal("Timeline", (await Html.ParseAsync(await client.GetStringAsync(new Uri("/timeline", UriKind.Relative)))).QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri("/preferences/language?set=xx", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_cached_article_is_not_served_in_another_readers_language()
    {
        // Each reader has a client of its own: the Korean reader's choice is remembered in its cookies only.
        using var english = wiki.NewClient(followRedirects: false);
        using var korean = wiki.NewClient(followRedirects: false);
        Assert.Equal("en", (await Html.GetAsync(english, Article)).DocumentElement.GetAttribute("lang"));
        Assert.Equal("ko", (await Html.GetAsync(korean, Article + "?uselang=ko")).DocumentElement.GetAttribute("lang"));
        Assert.Equal("ko", (await Html.GetAsync(korean, Article)).DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", (await Html.GetAsync(english, Article)).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_last_edited_time_is_a_valid_HTML_time()
    {
        var page = await Html.GetAsync(wiki.Http, Article);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", page.QuerySelector("footer.page-info time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Every_interface_string_in_the_pages_has_its_Korean()
    {
        var resx = Path.Combine(RepositoryPaths.Root, "src", "Alliance.Wiki", "Resources", "Localization", "InterfaceText.ko.resx");
        var korean = XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var pages = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "Alliance.Wiki", "Pages"), "*.cshtml", SearchOption.AllDirectories);
        var missing = pages.SelectMany(p => Lookup().Matches(File.ReadAllText(p))
                .SelectMany(m => Literal().Matches(m.Groups[1].Value)).Select(m => (Page: Path.GetFileName(p), Key: m.Groups[1].Value)))
            .Where(k => !korean.Contains(k.Key)).Select(k => $"{k.Page}: {k.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "No Korean for:\n" + string.Join('\n', missing));
    }

    [GeneratedRegex(@"^\d{4}년 \d{1,2}월 \d{1,2}일 \d{2}:\d{2} UTC$")]
    private static partial Regex KoreanMoment();

    /// <summary>What a page gives the localizer: T[…], up to its closing bracket.</summary>
    [GeneratedRegex(@"\bT\[((?:""[^""]*""|[^\]""])*)\]")]
    private static partial Regex Lookup();

    /// <summary>A string literal in a lookup: the key, or either key of T[cond ? "…" : "…"] (later arguments are not literals).</summary>
    [GeneratedRegex(@"""([^""]+)""")]
    private static partial Regex Literal();
}
