using Alliance.Wiki.Core.Search;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Alliance.Wiki.Tests.Search;
using Alliance.Wiki.Tests.Support;
using AngleSharp.Dom;

namespace Alliance.Wiki.Tests.Web;

/// <summary><c>/search</c>, <c>/api/suggest</c> and <c>/opensearch.xml</c> over HTTP, on the shipped and generated corpus.</summary>
[Collection(CorpusWikiDefinition.Name)]
public sealed class SearchPagesTests(CorpusWiki corpus)
{
    private HttpClient Http => corpus.Server.Http;

    [Fact]
    public async Task Armistice_lists_the_armistice_articles_first_with_highlighted_snippets()
    {
        var page = await Html.GetAsync(Http, "/search?q=armistice");
        var titles = Titles(page);
        Assert.Contains(titles[0], new[] { "Korean War", "Korean Armistice Agreement" });
        Assert.Equal(20, titles.Count);
        Assert.Matches(@"^Results 1–20 of \d{3,} for “armistice”\.$", page.QuerySelector(".search-count")!.TextContent);
        var marks = page.QuerySelectorAll(".search-snippet mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();
        Assert.Contains("armistice", marks);
        Assert.All(page.QuerySelectorAll(".search-snippet *"), e => Assert.Equal("MARK", e.TagName));
        Assert.NotEmpty(page.QuerySelectorAll(".search-result-categories"));
    }

    [Fact]
    public async Task Results_come_twenty_a_page_with_links_to_the_others()
    {
        var first = await Html.GetAsync(Http, "/search?q=defense&fulltext=1");
        var next = first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal("/search?q=defense&fulltext=1&offset=20", next);
        var second = await Html.GetAsync(Http, next);
        Assert.StartsWith("Results 21–40 of ", second.QuerySelector(".search-count")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(Titles(first).Intersect(Titles(second)));
        Assert.Equal("2", second.QuerySelector(".pagination [aria-current=page]")!.TextContent);
        Assert.Equal("/search?q=defense&fulltext=1", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_exact_title_or_alias_goes_to_the_article_unless_fulltext_is_asked()
    {
        var response = await Http.GetAsync(new Uri("/search?q=thaad", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/wiki/Terminal_High_Altitude_Area_Defense", response.Headers.Location?.OriginalString);

        var page = await Html.GetAsync(Http, "/search?q=THAAD&fulltext=1");
        Assert.Equal("Terminal High Altitude Area Defense", Titles(page)[0]);
    }

    [Theory]
    [InlineData("%EC%A3%BC%ED%95%9C%EB%AF%B8%EA%B5%B0")] // 주한미군
    [InlineData("%EB%AF%B8%EA%B5%B0")] // 미군
    public async Task Korean_queries_find_United_States_Forces_Korea(string query)
    {
        var page = await Html.GetAsync(Http, $"/search?q={query}&fulltext=1");
        Assert.Equal("United States Forces Korea", Titles(page)[0]);
        Assert.NotEmpty(page.QuerySelectorAll(".search-snippet mark"));
    }

    [Fact]
    public async Task Categories_narrow_the_results_and_can_be_removed()
    {
        var page = await Html.GetAsync(Http, "/search?q=treaty&fulltext=1");
        var link = page.QuerySelectorAll(".search-categories a").First(a => a.TextContent == "Treaties and agreements");
        var narrowed = await Html.GetAsync(Http, link.GetAttribute("href")!);

        Assert.Equal("treaty category:\"Treaties and agreements\"", narrowed.QuerySelector("#main-search-input")!.GetAttribute("value"));
        Assert.All(narrowed.QuerySelectorAll(".search-result-categories"), c => Assert.Contains("Treaties and agreements", c.TextContent, StringComparison.Ordinal));
        Assert.Contains("Mutual Defense Treaty (1953)", Titles(narrowed));
        Assert.True(Count(narrowed) < Count(page));
        var remove = narrowed.QuerySelector(".search-filter-remove")!.GetAttribute("href");
        Assert.Equal("/search?q=treaty&fulltext=1", remove);
    }

    [Fact]
    public async Task Categories_of_a_very_common_word_are_counted_over_all_its_results()
    {
        var page = await Html.GetAsync(Http, "/search?q=the&fulltext=1");
        var total = Count(page);
        Assert.True(total > 1000);
        var narrow = page.QuerySelector(".search-categories")!;
        Assert.DoesNotContain("counted among", narrow.TextContent, StringComparison.Ordinal);
        var counts = narrow.QuerySelectorAll("li .muted").Select(c => int.Parse(c.TextContent.Trim('(', ')').Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(counts.Max() > 20, $"the largest category counts {counts.Max()} of {total} results");
    }

    [Fact]
    public async Task A_misspelt_query_offers_did_you_mean()
    {
        var page = await Html.GetAsync(Http, "/search?q=armistise+agrement");
        Assert.Contains("No article matches", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=armistice%20agreement", page.QuerySelector(".did-you-mean a")!.GetAttribute("href")!.ToLowerInvariant());
    }

    [Fact]
    public async Task Only_operators_tell_the_reader_what_was_wrong()
    {
        var response = await Http.GetAsync(new Uri("/search?fulltext=1&q=AND+OR", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(SearchQueryParser.OnlyOperators, page.QuerySelector(".notice")!.TextContent.Trim());
        Assert.Equal("AND OR", page.QuerySelector("#main-search-input")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_dangling_operator_is_named_above_the_results_it_did_not_change()
    {
        var page = await Html.GetAsync(Http, "/search?fulltext=1&q=armistice+OR");
        Assert.Equal("“OR” needs a word on each side, so it was ignored.", page.QuerySelector(".search-ignored")!.TextContent.Trim());
        Assert.Equal(Count(await Html.GetAsync(Http, "/search?fulltext=1&q=armistice")), Count(page));
    }

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Any_search_input_answers_200_with_results_or_a_plain_message(string query)
    {
        var response = await Http.GetAsync(new Uri("/search?fulltext=1&q=" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        var answer = page.QuerySelector(".search-count, .notice, .main-search + p.muted");
        Assert.NotNull(answer);
        Assert.Null(page.QuerySelector(".article-body script, .search-snippet script"));
    }

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Any_suggest_input_answers_200_with_json(string query)
    {
        var response = await Http.GetAsync(new Uri("/api/suggest?q=" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
    }

    [Fact]
    public async Task Without_javascript_the_search_boxes_are_plain_forms()
    {
        var page = await Html.GetAsync(Http, "/search?q=treaty&fulltext=1");
        foreach (var form in page.QuerySelectorAll("form[role=search]"))
        {
            Assert.Equal("/search", form.GetAttribute("action"));
            Assert.Equal("get", form.GetAttribute("method"));
            Assert.NotNull(form.QuerySelector("input[name=q]"));
            Assert.NotNull(form.QuerySelector("button[type=submit]"));
        }

        // The combobox roles come from the script, so a page without it claims no behaviour it lacks.
        Assert.Null(page.QuerySelector("[role=combobox], [role=listbox]"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/search-suggest.js']"));
        Assert.Null(page.QuerySelector("script:not([src])"));
    }

    [Fact]
    public async Task The_results_page_escapes_what_was_typed()
    {
        var html = await Http.GetStringAsync(new Uri("/search?fulltext=1&q=" + Uri.EscapeDataString("<script>alert(1)</script> \"><img src=x>"), UriKind.Relative));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kor", "Korea relations")]
    [InlineData("KOREA-UNITED", "Korea–United States Free Trade Agreement")]
    [InlineData("korea%E2%80%93united", "Korea–United States Free Trade Agreement")]
    [InlineData("k%C3%B6rean%20w", "Korean War")]
    [InlineData("%EC%A3%BC%ED%95%9C", "United States Forces Korea")] // 주한 → 주한미군
    [InlineData("%ED%95%9C%EB%AF%B8%EC%83%81", "Mutual Defense Treaty (1953)")] // 한미상 → 한미상호방위조약
    public async Task Suggest_answers_titles_and_aliases_by_prefix_as_json(string prefix, string title)
    {
        using var json = JsonDocument.Parse(await Http.GetStringAsync(new Uri("/api/suggest?q=" + prefix, UriKind.Relative)));
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.InRange(items.Count, 1, 10);
        var item = items.Single(i => i.GetProperty("title").GetString() == title);
        Assert.Equal(Core.Titles.WikiUrls.Article(title), item.GetProperty("url").GetString());
        Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("summary").GetString()));
    }

    [Fact]
    public async Task Suggest_gives_at_most_ten_and_browsers_their_own_format()
    {
        using var many = JsonDocument.Parse(await Http.GetStringAsync(new Uri("/api/suggest?q=b", UriKind.Relative)));
        Assert.Equal(10, many.RootElement.GetArrayLength());

        using var browser = JsonDocument.Parse(await Http.GetStringAsync(new Uri("/api/suggest?q=kor&format=opensearch", UriKind.Relative)));
        var parts = browser.RootElement.EnumerateArray().ToList();
        Assert.Equal("kor", parts[0].GetString());
        Assert.Contains("Korean War", parts[1].EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(parts[1].GetArrayLength(), parts[3].GetArrayLength());
    }

    [Fact]
    public async Task Browsers_can_add_the_wiki_as_a_search_engine()
    {
        var main = await Html.GetAsync(Http, "/");
        Assert.Equal("/opensearch.xml", main.QuerySelector("link[rel=search][type='application/opensearchdescription+xml']")?.GetAttribute("href"));

        var response = await Http.GetAsync(new Uri("/opensearch.xml", UriKind.Relative));
        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace os = "http://a9.com/-/spec/opensearch/1.1/";
        var templates = xml.Root!.Elements(os + "Url").ToDictionary(u => (string)u.Attribute("type")!, u => (string)u.Attribute("template")!);
        Assert.Equal($"{corpus.Server.Address.GetLeftPart(UriPartial.Authority)}/search?q={{searchTerms}}", templates["text/html"]);
        Assert.EndsWith("/api/suggest?format=opensearch&q={searchTerms}", templates["application/x-suggestions+json"], StringComparison.Ordinal);
        Assert.Equal("Alliance Wiki", xml.Root.Element(os + "ShortName")?.Value);
    }

    /// <summary>The issue's inputs, percent-encoded as a browser sends them, plus encodings that are themselves broken.</summary>
    public static TheoryData<string> BadRequests()
    {
        var data = new TheoryData<string>();
        foreach (var text in BadInputs.Texts.Where(t => !t.Any(char.IsSurrogate)))
        {
            data.Add(Uri.EscapeDataString(text));
        }

        // Invalid percent-encoding: truncated, non-hex, overlong, a surrogate, a lone continuation byte.
        foreach (var raw in new[] { "%", "%E", "%E0%A4%A", "%ZZ", "%C0%AF", "%ED%A0%80", "%80war", "%FF%FE", "a%00b", "%%%", "+%2B+" })
        {
            data.Add(raw);
        }

        // 10 KB of text, in English and in Korean (13 UTF-8 bytes a repeat).
        data.Add(Uri.EscapeDataString(new string('x', 10 * 1024)));
        data.Add(Uri.EscapeDataString(string.Concat(Enumerable.Repeat("대한민국 ", 10 * 1024 / 13))));
        return data;
    }

    private static List<string> Titles(IDocument page) => [.. page.QuerySelectorAll(".search-result-title").Select(a => a.TextContent)];

    private static int Count(IDocument page) =>
        int.Parse(page.QuerySelector(".search-count")!.TextContent.Split(" of ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
