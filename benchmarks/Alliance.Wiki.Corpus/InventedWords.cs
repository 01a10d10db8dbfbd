using System.Text;

namespace Alliance.Wiki.Corpus;

/// <summary>Pronounceable invented words and names, and Hangul names built from whole syllables.</summary>
public static class InventedWords
{
    private const string Consonants = "bcdfghjklmnprstvz";
    private const string Vowels = "aeiou";

    /// <summary>A word of consonant–vowel syllables, sometimes closed by a consonant.</summary>
    public static string Word(CorpusRandom random, int syllables)
    {
        ArgumentNullException.ThrowIfNull(random);
        var builder = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            builder.Append(Consonants[random.Next(0, Consonants.Length)]).Append(Vowels[random.Next(0, Vowels.Length)]);
        }

        if (random.Chance(0.4))
        {
            builder.Append("nrslt"[random.Next(0, 5)]);
        }

        return builder.ToString();
    }

    /// <summary>A name unique to <paramref name="index"/> (three syllables, base 85), so titles never collide.</summary>
    public static string UniqueName(int index)
    {
        var builder = new StringBuilder();
        var rest = index;
        for (var i = 0; i < 3 || rest > 0; i++)
        {
            var syllable = rest % (Consonants.Length * Vowels.Length);
            rest /= Consonants.Length * Vowels.Length;
            builder.Append(Consonants[syllable / Vowels.Length]).Append(Vowels[syllable % Vowels.Length]);
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }

    /// <summary>A Hangul name of whole syllables (U+AC00 + (initial × 21 + medial) × 28 + final).</summary>
    public static string Hangul(CorpusRandom random, int syllables)
    {
        ArgumentNullException.ThrowIfNull(random);
        var builder = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            var initial = random.Next(0, 19);
            var medial = random.Next(0, 21);
            var final = random.Chance(0.6) ? 0 : random.Next(1, 28);
            builder.Append((char)(0xAC00 + (((initial * 21) + medial) * 28) + final));
        }

        return builder.ToString();
    }
}
