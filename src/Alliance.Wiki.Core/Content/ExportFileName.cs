using System.Security.Cryptography;
using System.Text;

namespace Alliance.Wiki.Core.Content;

/// <summary>
/// Keeps an exported file's name within what file systems allow: 255 bytes a name on Linux, and a Hangul syllable is 3
/// bytes of UTF-8, so a 100-syllable title is already 300. A longer stem is cut and given a hash of the whole title, the
/// same on every export; the title itself is in the front matter, so an import reads it back whole.
/// </summary>
public static class ExportFileName
{
    /// <summary>The most bytes a stem keeps, leaving room for "-99.md" after it and the hash.</summary>
    public const int MaxStemBytes = 200;

    private const int HashHexDigits = 10;

    public static string Fit(string stem, string title)
    {
        ArgumentNullException.ThrowIfNull(stem);
        ArgumentNullException.ThrowIfNull(title);
        if (Encoding.UTF8.GetByteCount(stem) <= MaxStemBytes)
        {
            return stem;
        }

        var room = MaxStemBytes - HashHexDigits - 1;
        var cut = new StringBuilder();
        var bytes = 0;
        foreach (var rune in stem.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > room)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            cut.Append(rune.ToString());
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title)))[..HashHexDigits];
        return cut.ToString().TrimEnd('-') + "-" + hash;
    }
}
