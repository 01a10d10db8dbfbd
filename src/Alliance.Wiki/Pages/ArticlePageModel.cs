using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Titles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary>
/// A page about one article at <c>/{route}/{title}</c> (history, diff, blame). An alias or a non-canonical spelling
/// goes to the canonical URL with the query kept; a missing article answers 404.
/// </summary>
public abstract class ArticlePageModel(ArticleReader reader) : PageModel
{
    /// <summary>The normalised title asked for, shown when there is no such article.</summary>
    public string RequestedTitle { get; private set; } = string.Empty;

    /// <summary>The article, once found under its canonical URL.</summary>
    public Core.Storage.Page? Article { get; private set; }

    /// <summary>Finds the article and sets <see cref="Article"/>; returns a redirect when the URL is not the canonical one.</summary>
    protected async Task<IActionResult?> FindArticleAsync(string route, string? title, CancellationToken cancellationToken)
    {
        RequestedTitle = WikiTitle.Normalize(title);
        var lookup = await reader.FindAsync(RequestedTitle, cancellationToken);
        if (lookup is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return null;
        }

        var canonical = "/" + route + "/" + WikiUrls.PathSegment(lookup.Page.Title);
        if (lookup.IsAlias)
        {
            return Redirect(canonical + Request.QueryString);
        }

        if (!CanonicalPath.Matches(Request, route, lookup.Page.Title))
        {
            return RedirectPermanent(canonical + Request.QueryString);
        }

        Article = lookup.Page;
        return null;
    }
}
