using System.Globalization;
using System.Text;

namespace Alliance.Wiki.Core.Search;

/// <summary>Text rules shared by indexing and querying: Hangul detection and the folding used for suggestions.</summary>
public static class SearchText
{
    public static bool IsHangul(char c) =>
        c is (>= '\uAC00' and <= '\uD7A3') or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F')
            or (>= '\uA960' and <= '\uA97F') or (>= '\uD7B0' and <= '\uD7FF');

    public static bool ContainsHangul(string text) => text is not null && text.Any(IsHangul);

    /// <summary>Text as the index stores it: control characters become spaces (line breaks stay).</summary>
    public static string WithoutControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(char.IsControl) ? string.Concat(text.Select(c => char.IsControl(c) && c != '\n' ? ' ' : c)) : text;
    }

    /// <summary>
    /// The key suggestions match on: lower case, without diacritics or apostrophes, every other run of punctuation,
    /// dashes and spaces as one space. "Korea–United" and "korea-united" fold alike; Hangul syllables stay whole.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in RemoveDiacritics(text))
        {
            if (c is '\'' or '\u2019' or '\u02BC')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    private static string RemoveDiacritics(string text)
    {
        // Decomposing splits Hangul syllables into jamo as well; composing again afterwards restores them.
        var decomposed = Clean(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Lone surrogates make <see cref="string.Normalize()"/> throw; they cannot be letters anyway.</summary>
    private static string Clean(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text[i]).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? ' ' : text[i]);
            }
        }

        return builder.ToString();
    }
}
