namespace Alliance.Wiki.Core.Markup;

/// <summary>
/// Tells the markup layer which titles exist, without it knowing about storage.
/// One call answers all of a page's links.
/// </summary>
public interface ITitleResolver
{
    /// <summary>Maps each normalised title that names an existing page (directly or by alias) to that page's canonical title.</summary>
    Task<IReadOnlyDictionary<string, string>> ResolveAsync(IReadOnlyCollection<string> titles, CancellationToken cancellationToken);
}
