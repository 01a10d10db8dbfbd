namespace Alliance.Wiki.Pages;

/// <summary>Whether a request spells an article's URL the canonical way; any other spelling answers 301.</summary>
public static class CanonicalPath
{
    /// <summary>True when the (decoded) path is <c>/{route}/{Title_with_underscores}</c> to the letter.</summary>
    public static bool Matches(HttpRequest request, string route, string title)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(title);
        return string.Equals(request.Path.Value, "/" + route + "/" + title.Replace(' ', '_'), StringComparison.Ordinal);
    }
}
