using System.Globalization;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.History;
using Alliance.Wiki.Core.Titles;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Wiki.Pages;

/// <summary>
/// <c>/diff/{title}?from=A&amp;to=B</c>: the line diff between two revisions of a page, inline or side by side
/// (<c>&amp;view=side</c>). An id that is not a number answers 400; one that is not a revision of the page, 404.
/// </summary>
public sealed class DiffModel(ArticleReader reader, RevisionHistory history) : ArticlePageModel(reader)
{
    public RevisionComparison? Comparison { get; private set; }

    /// <summary>Why no diff is shown, when the page exists but the revisions asked for do not fit.</summary>
    public string? Problem { get; private set; }

    public bool SideBySide { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? title, string? from, string? to, string? view, CancellationToken cancellationToken)
    {
        if (await FindArticleAsync("diff", title, cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (Article is null)
        {
            return Page();
        }

        SideBySide = view == "side";
        if (!TryParseId(from, out var fromId) || !TryParseId(to, out var toId))
        {
            Problem = "A diff needs two revision numbers, as in ?from=12&to=15. Choose them on the page's history.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Comparison = await history.CompareAsync(Article.Id, fromId, toId, cancellationToken);
        if (Comparison is null)
        {
            Problem = $"Revisions {fromId} and {toId} are not both revisions of “{Article.Title}”.";
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    public string DiffUrl(long from, long to, bool sideBySide) => WikiUrls.Diff(Article!.Title, from, to, sideBySide);

    private static bool TryParseId(string? text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
}
