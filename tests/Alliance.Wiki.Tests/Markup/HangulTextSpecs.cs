namespace Alliance.Wiki.Tests.Markup;

/// <summary>Hangul inside English text is marked lang="ko", a phrase as one run, and nothing else is.</summary>
public sealed class HangulTextSpecs
{
    [Theory]
    [InlineData("The treaty (Korean: 한미 상호방위조약) of 1953.", """<p>The treaty (Korean: <span lang="ko">한미 상호방위조약</span>) of 1953.</p>""")]
    [InlineData("6·25 전쟁 and 주한미군.", """<p>6·25 <span lang="ko">전쟁</span> and <span lang="ko">주한미군</span>.</p>""")]
    [InlineData("No Korean here.", "<p>No Korean here.</p>")]
    [InlineData("<b>한국</b>", """<p>&lt;b&gt;<span lang="ko">한국</span>&lt;/b&gt;</p>""")]
    [InlineData("![사진](https://example.org/a.png)", """<p><img src="https://example.org/a.png" alt="사진"></p>""")]
    public async Task Hangul_runs_are_marked_Korean(string markdown, string html) =>
        Assert.Equal(html, await MarkupFixture.HtmlAsync(markdown));
}
