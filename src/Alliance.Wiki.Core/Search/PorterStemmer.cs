using System.Text;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// The Porter stemmer as SQLite's FTS5 <c>porter</c> tokenizer applies it, so that C# knows which words of a text the
/// index matched (for highlighting) without asking FTS5 to tokenize whole bodies again. It works on UTF-8 bytes like
/// FTS5 does, stems only tokens of 3 to 64 bytes, and follows FTS5 where it differs from the 1980 paper (a "y" after
/// the first letter counts as a vowel for *v*; step 5b measures the stem without its last letter). A test checks it
/// word for word against FTS5.
/// </summary>
public static class PorterStemmer
{
    private const int MinBytes = 3;
    private const int MaxBytes = 64;

    private enum Condition
    {
        None,
        MeasureAbove0,
        MeasureAbove1,
        HasVowel,
        MeasureAbove1EndingSOrT,
    }

    private sealed record Rule(string Suffix, string Replacement, Condition Condition);

    // Within a step the first rule whose suffix ends the word decides, whether or not its condition holds.
    private static readonly Rule[] Step1B =
    [
        new("eed", "ee", Condition.MeasureAbove0), new("ed", "", Condition.HasVowel), new("ing", "", Condition.HasVowel),
    ];

    private static readonly Rule[] Step1B2 = [new("at", "ate", Condition.None), new("bl", "ble", Condition.None), new("iz", "ize", Condition.None)];

    private static readonly Rule[] Step2 =
    [
        new("ational", "ate", Condition.MeasureAbove0), new("tional", "tion", Condition.MeasureAbove0),
        new("enci", "ence", Condition.MeasureAbove0), new("anci", "ance", Condition.MeasureAbove0),
        new("izer", "ize", Condition.MeasureAbove0), new("logi", "log", Condition.MeasureAbove0),
        new("bli", "ble", Condition.MeasureAbove0), new("alli", "al", Condition.MeasureAbove0), new("entli", "ent", Condition.MeasureAbove0),
        new("eli", "e", Condition.MeasureAbove0), new("ousli", "ous", Condition.MeasureAbove0),
        new("ization", "ize", Condition.MeasureAbove0), new("ation", "ate", Condition.MeasureAbove0), new("ator", "ate", Condition.MeasureAbove0),
        new("alism", "al", Condition.MeasureAbove0), new("iveness", "ive", Condition.MeasureAbove0),
        new("fulness", "ful", Condition.MeasureAbove0), new("ousness", "ous", Condition.MeasureAbove0),
        new("aliti", "al", Condition.MeasureAbove0), new("iviti", "ive", Condition.MeasureAbove0), new("biliti", "ble", Condition.MeasureAbove0),
    ];

    private static readonly Rule[] Step3 =
    [
        new("ical", "ic", Condition.MeasureAbove0), new("ness", "", Condition.MeasureAbove0), new("icate", "ic", Condition.MeasureAbove0),
        new("iciti", "ic", Condition.MeasureAbove0), new("ful", "", Condition.MeasureAbove0), new("ative", "", Condition.MeasureAbove0),
        new("alize", "al", Condition.MeasureAbove0),
    ];

    private static readonly Rule[] Step4 =
    [
        .. new[] { "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent" }.Select(s => new Rule(s, "", Condition.MeasureAbove1)),
        new("ion", "", Condition.MeasureAbove1EndingSOrT),
        .. new[] { "ou", "ism", "ate", "iti", "ous", "ive", "ize" }.Select(s => new Rule(s, "", Condition.MeasureAbove1)),
    ];

    /// <summary>The stem of one token, already lower case and without diacritics (as unicode61 leaves it).</summary>
    public static string Stem(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var length = Encoding.UTF8.GetByteCount(token);
        if (length is < MinBytes or > MaxBytes)
        {
            return token;
        }

        var word = new byte[MaxBytes + 1];
        var n = Encoding.UTF8.GetBytes(token, word);
        n = Step1A(word, n);
        if (Apply(Step1B, word, ref n) is { } step1B && step1B.Replacement.Length == 0)
        {
            if (Apply(Step1B2, word, ref n) is null)
            {
                var last = word[n - 1];
                if (n > 1 && !IsVowel(last, false) && last is not (byte)'l' and not (byte)'s' and not (byte)'z' && last == word[n - 2])
                {
                    n--;
                }
                else if (Measure(word, n) == 1 && EndsConsonantVowelConsonant(word, n))
                {
                    word[n++] = (byte)'e';
                }
            }
        }

        if (word[n - 1] == 'y' && HasVowel(word, n - 1))
        {
            word[n - 1] = (byte)'i';
        }

        Apply(Step2, word, ref n);
        Apply(Step3, word, ref n);
        Apply(Step4, word, ref n);
        if (word[n - 1] == 'e' && (Measure(word, n - 1) > 1 || (Measure(word, n - 1) == 1 && !EndsConsonantVowelConsonant(word, n - 1))))
        {
            n--;
        }

        if (n > 1 && word[n - 1] == 'l' && word[n - 2] == 'l' && Measure(word, n - 1) > 1)
        {
            n--;
        }

        return Encoding.UTF8.GetString(word, 0, n);
    }

    private static int Step1A(byte[] word, int n)
    {
        if (word[n - 1] != 's')
        {
            return n;
        }

        if (word[n - 2] == 'e')
        {
            return (n > 4 && word[n - 4] == 's' && word[n - 3] == 's') || (n > 3 && word[n - 3] == 'i') ? n - 2 : n - 1;
        }

        return word[n - 2] == 's' ? n : n - 1;
    }

    /// <summary>Applies the step's deciding rule; returns it when it changed the word.</summary>
    private static Rule? Apply(Rule[] step, byte[] word, ref int n)
    {
        foreach (var rule in step)
        {
            if (n <= rule.Suffix.Length || !EndsWith(word, n, rule.Suffix))
            {
                continue;
            }

            var stem = n - rule.Suffix.Length;
            if (!Holds(rule.Condition, word, stem))
            {
                return null;
            }

            for (var i = 0; i < rule.Replacement.Length; i++)
            {
                word[stem + i] = (byte)rule.Replacement[i];
            }

            n = stem + rule.Replacement.Length;
            return rule;
        }

        return null;
    }

    private static bool Holds(Condition condition, byte[] word, int n) => condition switch
    {
        Condition.MeasureAbove0 => Measure(word, n) > 0,
        Condition.MeasureAbove1 => Measure(word, n) > 1,
        Condition.HasVowel => HasVowel(word, n),
        Condition.MeasureAbove1EndingSOrT => word[n - 1] is (byte)'s' or (byte)'t' && Measure(word, n) > 1,
        _ => true,
    };

    private static bool EndsWith(byte[] word, int n, string suffix)
    {
        for (var i = 0; i < suffix.Length; i++)
        {
            if (word[n - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>a, e, i, o, u; and y after a consonant.</summary>
    private static bool IsVowel(byte c, bool afterConsonant) => c is (byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' || (afterConsonant && c == 'y');

    /// <summary>m: how many times a vowel is followed by a consonant.</summary>
    private static int Measure(byte[] word, int n)
    {
        var m = 0;
        var consonant = false;
        var seenVowel = false;
        for (var i = 0; i < n; i++)
        {
            consonant = !IsVowel(word[i], consonant);
            if (consonant && seenVowel)
            {
                m++;
                seenVowel = false;
            }
            else if (!consonant)
            {
                seenVowel = true;
            }
        }

        return m;
    }

    /// <summary>*v* as FTS5 reads it: a vowel anywhere, a "y" counting as one after the first letter.</summary>
    private static bool HasVowel(byte[] word, int n)
    {
        for (var i = 0; i < n; i++)
        {
            if (IsVowel(word[i], i > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>*o: the stem ends consonant, vowel, consonant, the last not w, x or y.</summary>
    private static bool EndsConsonantVowelConsonant(byte[] word, int n)
    {
        if (n < 3 || word[n - 1] is (byte)'w' or (byte)'x' or (byte)'y')
        {
            return false;
        }

        var pattern = 0;
        var consonant = false;
        for (var i = 0; i < n; i++)
        {
            consonant = !IsVowel(word[i], consonant);
            pattern = (pattern << 1) | (consonant ? 1 : 0);
        }

        return (pattern & 0b111) == 0b101;
    }
}
