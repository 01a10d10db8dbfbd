using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Titles;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary><c>/category/{name}</c>: a category's articles; an empty category answers 404.</summary>
public sealed class CategoryModel(ArticleReader reader) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public IReadOnlyList<PageSummary> Pages { get; private set; } = [];

    public async Task OnGetAsync(string? name, CancellationToken cancellationToken)
    {
        Name = WikiTitle.Normalize(name);
        Pages = await reader.InCategoryAsync(Name, cancellationToken);
        if (Pages.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
