namespace Alliance.Wiki.Core.Markup;

/// <summary>Line endings as the wiki stores them: every CRLF and lone CR read as LF, so texts from any browser or OS compare alike.</summary>
public static class TextLines
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    public static string[] Split(string text) => Normalize(text).Split('\n');
}
