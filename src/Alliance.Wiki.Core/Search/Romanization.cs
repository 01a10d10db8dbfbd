using System.Text;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Makes the McCune–Reischauer and Revised Romanization spellings of a Korean name meet. Each Latin word folds to a
/// key that drops what the two systems spell differently (k/g, p/b, t/d, ch/j, eo/o, eu/u, breves, apostrophes,
/// doubled letters): Kaesong and Gaeseong both fold to <c>kaesonk</c>. Hangul names are romanized (AnyAscii, syllable by
/// syllable) and folded the same way, for every run of two to four syllables, so 개성공업지구 is found by "Kaesong".
/// </summary>
public static class Romanization
{
    private const int LongestRun = 4;

    /// <summary>The keys a name is indexed under: its Latin words folded, and its Hangul romanized and folded.</summary>
    public static IEnumerable<string> KeysOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var word in Words(name))
        {
            if (SearchText.ContainsHangul(word))
            {
                foreach (var key in HangulKeys(word))
                {
                    yield return key;
                }
            }
            else if (Key(word) is { Length: >= 3 } key)
            {
                yield return key;
            }
        }
    }

    /// <summary>The key of one typed Latin word, or an empty string when it has too few letters to mean a name.</summary>
    public static string Key(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var letters = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        var text = letters.ToString().Replace("eo", "o", StringComparison.Ordinal).Replace("eu", "u", StringComparison.Ordinal)
            .Replace("sh", "s", StringComparison.Ordinal).Replace("ch", "c", StringComparison.Ordinal);
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = c switch { 'g' => 'k', 'b' => 'p', 'd' => 't', 'j' => 'c', 'r' => 'l', _ => c };
            if (key.Length == 0 || key[^1] != folded)
            {
                key.Append(folded);
            }
        }

        return key.Length >= 3 ? key.ToString() : string.Empty;
    }

    private static IEnumerable<string> HangulKeys(string word)
    {
        var syllables = word.Where(c => c is >= '\uAC00' and <= '\uD7A3')
            .Select(c => AnyAscii.Transliteration.Transliterate(c.ToString())).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < syllables.Count; start++)
        {
            for (var length = 2; length <= LongestRun && start + length <= syllables.Count; length++)
            {
                if (Key(string.Concat(syllables.Skip(start).Take(length))) is { Length: > 0 } key && seen.Add(key))
                {
                    yield return key;
                }
            }
        }

        if (syllables.Count > LongestRun && Key(string.Concat(syllables)) is { Length: > 0 } whole && seen.Add(whole))
        {
            yield return whole;
        }
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => w.Split(c => !char.IsLetter(c) && c is not '\'' and not '\u2019' and not '\u02BC'))
            .Where(w => w.Length > 0);

    private static string[] Split(this string text, Func<char, bool> isSeparator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || isSeparator(text[i]))
            {
                if (i > start)
                {
                    parts.Add(text[start..i]);
                }

                start = i + 1;
            }
        }

        return [.. parts];
    }

    internal static bool IsLatinWord(string text) =>
        text.Length > 0 && text.All(c => char.IsLetter(c) || c is '\'' or '\u2019' or '\u02BC' or '-')
        && text.Normalize(NormalizationForm.FormD).Where(char.IsLetter).All(c => c < 128);
}
