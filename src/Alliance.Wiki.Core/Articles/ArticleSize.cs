using System.Globalization;
using System.Text;

namespace Alliance.Wiki.Core.Articles;

/// <summary>How large an article may be: 2 MB of UTF-8, front matter included. Every way in (editor, bot, import) is held to it.</summary>
public static class ArticleSize
{
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Null when <paramref name="text"/> fits; otherwise what to tell the person who sent it.</summary>
    public static string? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A UTF-8 character takes at most 3 bytes per UTF-16 unit: most texts are settled without counting.
        if (text.Length <= MaxBytes / 3)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetByteCount(text);
        return bytes <= MaxBytes
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"The article is {bytes / 1048576.0:0.0} MB; the most a page may hold is {MaxBytes / 1048576} MB. Split it into several articles.");
    }
}
