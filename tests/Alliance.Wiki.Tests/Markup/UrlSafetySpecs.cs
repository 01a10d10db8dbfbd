namespace Alliance.Wiki.Tests.Markup;

/// <summary>Every URL in every link form passes the allow-list: http, https, mailto, relative and fragment.</summary>
public sealed class UrlSafetySpecs
{
    public static TheoryData<string> DangerousMarkdown => new()
    {
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript&#58;alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](<java script:alert(1)>)",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](vbscript:msgbox(1))",
        "[x](VBScript:msgbox(1))",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "[x][ref]\n\n[ref]: <data:text/html,<script>alert(1)</script>>",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml,<svg onload=alert(1)>)",
        "[x]( javascript:alert(1) )",
        "[x](\u0001javascript:alert(1))",
        "[x](file:///etc/passwd)",
    };

    [Theory]
    [MemberData(nameof(DangerousMarkdown))]
    public async Task Dangerous_urls_become_inert(string markdown)
    {
        var html = await MarkupFixture.HtmlAsync(markdown);
        foreach (var scheme in new[] { "javascript:", "vbscript:", "data:", "file:" })
        {
            Assert.DoesNotContain("href=\"" + scheme, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=\"" + scheme, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotMatch("(href|src)=\"[^\"#/]*(script|data|file)", html.ToLowerInvariant());
    }

    [Theory]
    [InlineData("[x](https://example.org/a?b=c)", "href=\"https://example.org/a?b=c\"")]
    [InlineData("[x](http://example.org)", "href=\"http://example.org\"")]
    [InlineData("[x](mailto:desk@example.org)", "href=\"mailto:desk@example.org\"")]
    [InlineData("[x](/wiki/Korean_War)", "href=\"/wiki/Korean_War\"")]
    [InlineData("[x](#history)", "href=\"#history\"")]
    [InlineData("[x](../wiki/A:B)", "href=\"../wiki/A:B\"")]
    [InlineData("[x](Treaty_(1953):_text)", "href=\"Treaty_(1953):_text\"")]
    [InlineData("<https://example.org>", "href=\"https://example.org\"")]
    // CommonMark example 500: "foo)" is no scheme (a scheme is a letter, then letters, digits, + . -), so this is a relative URL.
    [InlineData("[link](foo\\)\\:)", "href=\"foo):\"")]
    public async Task Allowed_urls_pass(string markdown, string expected) =>
        Assert.Contains(expected, await MarkupFixture.HtmlAsync(markdown), StringComparison.Ordinal);

    [Fact]
    public async Task External_links_are_marked_and_carry_no_referrer()
    {
        var html = await MarkupFixture.HtmlAsync("[x](https://example.org)");
        Assert.Contains("class=\"external\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("Text <b onclick=alert(1)>bold</b>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    public async Task Raw_html_is_escaped(string markdown)
    {
        var html = await MarkupFixture.HtmlAsync(markdown);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }
}
