using Alliance.Wiki.Core.Titles;

namespace Alliance.Wiki.Tests.Titles;

public sealed class WikiTitleTests
{
    [Theory]
    [InlineData("korean War", "Korean War")]
    [InlineData("Korean_War", "Korean War")]
    [InlineData("  Korean   War  ", "Korean War")]
    [InlineData("Korean__War_", "Korean War")]
    [InlineData("Korean\tWar", "Korean War")]
    [InlineData("주한미군", "주한미군")]
    [InlineData("iPhone", "IPhone")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Normalize_applies_the_wiki_rules(string raw, string expected) =>
        Assert.Equal(expected, WikiTitle.Normalize(raw));

    [Fact]
    public void Normalize_composes_Hangul_to_NFC()
    {
        var decomposed = "주한미군".Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual("주한미군", decomposed);
        Assert.Equal("주한미군", WikiTitle.Normalize(decomposed));
    }

    [Theory]
    [InlineData("Korean War", "korean war")]
    [InlineData("Japan–South Korea relations", "japan-south korea relations")]
    [InlineData("Japan—South Korea relations", "japan-south korea relations")]
    public void Key_folds_case_and_dashes(string title, string key) => Assert.Equal(key, WikiTitle.Key(title));

    [Theory]
    [InlineData("Korean War")]
    [InlineData("Mutual Defense Treaty (1953)")]
    [InlineData("North Korea's nuclear program")]
    [InlineData("AC/DC")]
    [InlineData("한미상호방위조약")]
    public void Problem_accepts_ordinary_titles(string title) => Assert.Null(WikiTitle.Problem(title));

    [Theory]
    [InlineData("")]
    [InlineData("A[b]")]
    [InlineData("A|b")]
    [InlineData("A#b")]
    [InlineData("<script>")]
    [InlineData("/Leading slash")]
    [InlineData("Trailing/")]
    [InlineData("A/../B")]
    [InlineData("..")]
    [InlineData("Bell\u0007")]
    public void Problem_rejects_malformed_titles(string title) => Assert.NotNull(WikiTitle.Problem(title));

    [Fact]
    public void Problem_rejects_overlong_titles() => Assert.NotNull(WikiTitle.Problem(new string('a', WikiTitle.MaxLength + 1)));

    [Fact]
    public void Problem_rejects_a_lone_surrogate() => Assert.NotNull(WikiTitle.Problem("A\uD800B"));

    [Fact]
    public void Problem_accepts_a_surrogate_pair() => Assert.Null(WikiTitle.Problem("Flag 🇰🇷"));
}
