using Alliance.Wiki.Core.Search;

namespace Alliance.Wiki.Tests.Search;

public sealed class SearchTextSpecs
{
    [Theory]
    [InlineData("Korea–United States Free Trade Agreement", "korea united states free trade agreement")]
    [InlineData("korea-united", "korea united")]
    [InlineData("  KOREA   united ", "korea united")]
    [InlineData("Kaesŏng Industrial Région", "kaesong industrial region")]
    [InlineData("North Korea's nuclear program", "north koreas nuclear program")]
    [InlineData("Mutual Defense Treaty (1953)", "mutual defense treaty 1953")]
    [InlineData("주한미군", "주한미군")]
    [InlineData("6·25 전쟁", "6 25 전쟁")]
    [InlineData("bad\uD800surrogate", "bad surrogate")]
    public void Folding_ignores_case_diacritics_and_dash_style_and_keeps_hangul_whole(string text, string folded) =>
        Assert.Equal(folded, SearchText.Fold(text));

    [Fact]
    public void Indexed_text_holds_no_control_characters() =>
        Assert.Equal("a b\nc", SearchText.WithoutControlCharacters("a\u0001b\nc"));
}
