namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Particles that Korean attaches to a word (주한미군<b>은</b>, 한미동맹<b>의</b>, 비무장지대<b>에서</b>). The index holds
/// the word's bigrams; a query with a particle also looks for the word without it.
/// </summary>
internal static class KoreanParticles
{
    // Longest first, so 에서 is stripped before 서 could be mistaken for anything.
    private static readonly string[] Particles =
    [
        "으로부터", "에서부터", "이라고", "에게서", "으로서", "으로써", "에서는", "에서의", "에서도",
        "에서", "에게", "께서", "으로", "부터", "까지", "마저", "조차", "처럼", "보다", "이나", "이랑", "하고", "에는", "과의", "와의", "로서", "로써", "이다", "에도",
        "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "나", "랑", "야",
    ];

    /// <summary>The Hangul word without its trailing particle, or null when it has none (or would keep fewer than two syllables).</summary>
    public static string? WithoutParticle(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var particle in Particles)
        {
            if (word.Length - particle.Length >= 2 && word.EndsWith(particle, StringComparison.Ordinal))
            {
                return word[..^particle.Length];
            }
        }

        return null;
    }
}
