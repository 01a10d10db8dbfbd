using Alliance.Wiki.Core.Titles;

namespace Alliance.Wiki.Tests.Titles;

public sealed class WikiUrlsTests
{
    [Theory]
    [InlineData("Korean War", "/wiki/Korean_War")]
    [InlineData("Korea–United States Free Trade Agreement", "/wiki/Korea%E2%80%93United_States_Free_Trade_Agreement")]
    [InlineData("Mutual Defense Treaty (1953)", "/wiki/Mutual_Defense_Treaty_(1953)")]
    [InlineData("주한미군", "/wiki/%EC%A3%BC%ED%95%9C%EB%AF%B8%EA%B5%B0")]
    [InlineData("AC/DC", "/wiki/AC/DC")]
    [InlineData("What? 100%", "/wiki/What%3F_100%25")]
    [InlineData("A \"quote\" & <tag>", "/wiki/A_%22quote%22_%26_%3Ctag%3E")]
    public void Article_urls_use_underscores_and_percent_encoded_UTF8(string title, string url) =>
        Assert.Equal(url, WikiUrls.Article(title));

    [Fact]
    public void Article_urls_carry_an_escaped_anchor() =>
        Assert.Equal("/wiki/Korean_War#the-armistice", WikiUrls.Article("Korean War", "the-armistice"));

    [Fact]
    public void Edit_urls_name_the_section() =>
        Assert.Equal("/edit/Korean_War?section=2", WikiUrls.Edit("Korean War", 2));
}
