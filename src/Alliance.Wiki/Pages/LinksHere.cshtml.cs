using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Titles;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary><c>/links-here/{title}</c>: the pages whose text links to a page, by its title or any alias.</summary>
public sealed class LinksHereModel(ArticleReader reader) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    /// <summary>The canonical title, when the page exists.</summary>
    public string? Target { get; private set; }

    public IReadOnlyList<PageSummary> Pages { get; private set; } = [];

    public async Task OnGetAsync(string? title, CancellationToken cancellationToken)
    {
        Title = WikiTitle.Normalize(title);
        var lookup = await reader.FindAsync(Title, cancellationToken);
        if (lookup is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Target = lookup.Page.Title;
        Pages = await reader.BacklinksAsync(lookup.Page, cancellationToken);
    }
}
