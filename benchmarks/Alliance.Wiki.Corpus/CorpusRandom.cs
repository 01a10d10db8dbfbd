namespace Alliance.Wiki.Corpus;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by its seed on every runtime, unlike <see cref="Random"/>,
/// so a corpus generated today is the same corpus next year.
/// </summary>
public sealed class CorpusRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for one item of a seeded set: the same (seed, index) always gives the same sequence.</summary>
    public static CorpusRandom For(int seed, int index) => new(((ulong)(uint)seed << 32) ^ (uint)index ^ 0x9E3779B97F4A7C15UL);

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A number in [min, max).</summary>
    public int Next(int min, int max) => min + (int)(NextULong() % (ulong)(max - min));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];
}
