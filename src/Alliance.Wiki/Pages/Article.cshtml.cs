using System.Globalization;
using Alliance.Wiki.Caching;
using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Titles;
using Alliance.Wiki.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Alliance.Wiki.Pages;

/// <summary>
/// <c>/wiki/{title}</c>: an article. An alias ends on its target ("Redirected from"); a non-canonical spelling
/// answers 301 to the canonical URL; a missing title answers 404 with a page offering to create it.
/// Views by readers who are not signed in are kept whole in the <see cref="ArticleCache"/>.
/// </summary>
[OutputCache(PolicyName = ArticleCache.Policy)]
public sealed class ArticleModel(ArticleViews reader) : PageModel
{
    public ArticleView? View { get; private set; }

    /// <summary>The normalised title asked for, shown when the page is missing.</summary>
    public string RequestedTitle { get; private set; } = string.Empty;

    /// <summary>Why the title cannot name a page, when it cannot.</summary>
    public string? TitleProblem { get; private set; }

    public string? RedirectedFrom { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? title, string? redirectedfrom, CancellationToken cancellationToken)
    {
        RequestedTitle = WikiTitle.Normalize(title);
        TitleProblem = WikiTitle.Problem(RequestedTitle);
        if (TitleProblem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // One prepared statement: the name, the page, its latest revision, its render and its categories.
        var read = await reader.ReadAsync(RequestedTitle, cancellationToken);
        if (read is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var lookup = read.Lookup;
        var canonical = lookup.Page.Title;
        if (lookup.IsAlias)
        {
            return Redirect(WikiUrls.Article(canonical) + "?redirectedfrom=" + Uri.EscapeDataString(lookup.MatchedName));
        }

        if (!CanonicalPath.Matches(Request, "wiki", canonical))
        {
            return RedirectPermanent(WikiUrls.Article(canonical) + Request.QueryString);
        }

        if (!string.IsNullOrEmpty(redirectedfrom))
        {
            // Only a real alias of this page is named, so the note cannot be made to say anything else.
            var source = await reader.FindAsync(redirectedfrom, cancellationToken);
            RedirectedFrom = source is { IsAlias: true } && source.Page.Id == lookup.Page.Id ? source.MatchedName : null;
        }

        View = read.View;
        if (View is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var lastModified = View.RenderedAt > View.Revision.CreatedAt ? View.RenderedAt : View.Revision.CreatedAt;
        var notModified = ConditionalGet.IsNotModified(
            // The HTML itself, not the render's time: renders are stored to the whole second, and a page that appears
            // makes its linkers render again, often within the same second (HttpCachingTests).
            HttpContext, lastModified, View.Html, View.Revision.Id.ToString(CultureInfo.InvariantCulture), View.Page.Summary, View.Page.Korean,
            string.Join('|', View.Categories), RedirectedFrom, View.Page.IsProtected ? "protected" : null, ReaderPreferences.CacheKey(HttpContext));
        return notModified ? StatusCode(StatusCodes.Status304NotModified) : Page();
    }
}
