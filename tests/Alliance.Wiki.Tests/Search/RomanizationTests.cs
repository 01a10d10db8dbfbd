using Alliance.Wiki.Core.Search;

namespace Alliance.Wiki.Tests.Search;

/// <summary>
/// A reader who types the McCune–Reischauer or the Revised Romanization finds the article either way: on articles
/// that carry only the Korean name, and on articles titled in the other system.
/// </summary>
public sealed class RomanizationTests(RomanizationTests.Places places) : IClassFixture<RomanizationTests.Places>
{
    private static readonly (string Korean, string McCune, string Revised)[] Pairs =
    [
        ("개성", "Kaesong", "Gaeseong"),
        ("부산", "Pusan", "Busan"),
        ("판문점", "Panmunjom", "Panmunjeom"),
        ("인천", "Inchon", "Incheon"),
        ("광주", "Kwangju", "Gwangju"),
        ("제주", "Cheju", "Jeju"),
        ("평양", "P'yŏngyang", "Pyongyang"),
        ("영변", "Yongbyon", "Yeongbyeon"),
    ];

    public static TheoryData<string, string, string> All => new(Pairs);

    private SeededSearchIndex Seeded => places.Seeded;

    [Theory]
    [MemberData(nameof(All))]
    public async Task Either_spelling_finds_every_article_on_the_place(string korean, string mcCune, string revised)
    {
        var i = Array.FindIndex(Pairs, p => p.Korean == korean);
        long[] expected = [100 + i, 200 + i, 300 + i];
        foreach (var spelling in new[] { mcCune, revised, mcCune.ToLowerInvariant(), revised.ToUpperInvariant() })
        {
            var found = await Seeded.IdsAsync(spelling);
            Assert.True(expected.All(found.Contains), $"'{spelling}' found {string.Join(", ", found)}; expected {string.Join(", ", expected)}");
        }
    }

    [Theory]
    [InlineData("Kaesong", "Gaeseong")]
    [InlineData("P'yŏngyang", "Pyongyang")]
    [InlineData("Yongbyon", "Yeongbyeon")]
    [InlineData("Cheju", "Jeju")]
    public void Both_spellings_fold_to_one_key(string mcCune, string revised) =>
        Assert.Equal(Romanization.Key(mcCune), Romanization.Key(revised));

    [Fact]
    public async Task A_romanization_does_not_match_unrelated_articles()
    {
        Assert.DoesNotContain(await Seeded.IdsAsync("Seoul"), id => id < 400);
    }

    /// <summary>The seeded index with three articles on each place, built once for the class: its tests only search it.</summary>
    public sealed class Places : IAsyncLifetime
    {
        public SeededSearchIndex Seeded { get; } = new();

        public async ValueTask InitializeAsync()
        {
            await Seeded.InitializeAsync();
            for (var i = 0; i < Pairs.Length; i++)
            {
                var (korean, mcCune, revised) = Pairs[i];

                // 100+: only the Korean name (as the front matter's korean: field becomes an alias); 200+: titled in McCune–Reischauer;
                // 300+: titled in the Revised Romanization, with the Korean name inside a longer word.
                await Seeded.IndexAsync(100 + i, $"Place number {i}", "Text.", aliases: [korean]);
                await Seeded.IndexAsync(200 + i, $"{mcCune} district", "Text.");
                await Seeded.IndexAsync(300 + i, $"{revised} region", "Text.", aliases: [korean + "지구"]);
            }
        }

        public ValueTask DisposeAsync() => Seeded.DisposeAsync();
    }
}
