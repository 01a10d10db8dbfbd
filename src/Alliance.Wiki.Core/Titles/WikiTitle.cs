using System.Globalization;
using System.Text;

namespace Alliance.Wiki.Core.Titles;

/// <summary>
/// The one title normalisation used everywhere: links, URLs, imports, aliases and lookups.
/// </summary>
public static class WikiTitle
{
    public const int MaxLength = 255;

    /// <summary>
    /// NFC, underscores as spaces, surrounding and repeated white space removed, first letter upper case.
    /// </summary>
    public static string Normalize(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        var text = raw.IsNormalized(NormalizationForm.FormC) ? raw : raw.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c == '_' || char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        if (builder.Length > 0 && char.IsLower(builder[0]))
        {
            var first = builder[0].ToString().ToUpperInvariant();
            builder.Remove(0, 1).Insert(0, first);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A looser key for lookups: case-folded, with every kind of dash and hyphen treated alike,
    /// so "korean war" and "Japan-South Korea relations" find their articles.
    /// </summary>
    public static string Key(string normalizedTitle)
    {
        var builder = new StringBuilder(normalizedTitle.Length);
        foreach (var c in normalizedTitle)
        {
            builder.Append(CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation || c == '\u2212'
                ? '-'
                : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Why a normalised title cannot name a page, or null when it can.</summary>
    public static string? Problem(string normalizedTitle)
    {
        if (normalizedTitle.Length == 0)
        {
            return "The title is empty.";
        }

        if (normalizedTitle.Length > MaxLength)
        {
            return $"The title is longer than {MaxLength} characters.";
        }

        for (var i = 0; i < normalizedTitle.Length; i++)
        {
            var c = normalizedTitle[i];
            if (char.IsHighSurrogate(c) && i + 1 < normalizedTitle.Length && char.IsLowSurrogate(normalizedTitle[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFD' or '\uFEFF' or '\u200B')
            {
                return "The title contains a control or invalid character.";
            }

            if (c is '[' or ']' or '{' or '}' or '|' or '#' or '<' or '>')
            {
                return $"The title may not contain the character '{c}'.";
            }
        }

        if (normalizedTitle.StartsWith('/') || normalizedTitle.EndsWith('/') || normalizedTitle.Contains("//", StringComparison.Ordinal))
        {
            return "The title may not begin or end with '/' or contain '//'.";
        }

        if (normalizedTitle.Split('/').Any(segment => segment is "." or ".."))
        {
            return "The title may not contain '.' or '..' as a path segment.";
        }

        return null;
    }
}
