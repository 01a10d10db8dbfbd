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

    [Fact]
    public void Hangul_runs_keep_only_hangul() =>
        Assert.Equal("주한미군 평택에", SearchText.HangulRuns("USFK (주한미군, Juhan Migun) is in 평택에."));

    [Fact]
    public void Distinct_chunks_keep_each_whitespace_separated_chunk_once_in_order() =>
        Assert.Equal("Korean\nWar\nthe\nwar,\n(1950–1953)\n한국전쟁\n", SearchText.DistinctChunks(["Korean War", "the war, the\tWar\n(1950–1953)  한국전쟁 Korean"]));

    [Theory]
    [InlineData("armistice", "armistise", 1)]
    [InlineData("armistice", "armsitice", 1)]
    [InlineData("agreement", "agrement", 1)]
    [InlineData("thaad", "thad", 1)]
    [InlineData("treaty", "retreat", 3)]
    [InlineData("abc", "abc", 0)]
    public void Edit_distance_counts_swaps_as_one(string a, string b, int distance) =>
        Assert.Equal(distance, EditDistance.Between(a, b, 3));

    [Fact]
    public void Edit_distance_stops_past_the_limit() =>
        Assert.Equal(3, EditDistance.Between("alliance", "zzzzzzzzzzzz", 2));
}
