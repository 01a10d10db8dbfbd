using Alliance.Wiki.Core.Articles;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

public sealed class IndexModel(ArticleReader reader) : PageModel
{
    private const int PagesPerCategory = 50;

    public IReadOnlyList<CategoryListing> Categories { get; private set; } = [];

    public int PageCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Categories = await reader.CategoriesAsync(PagesPerCategory, cancellationToken);
        PageCount = await reader.CountAsync(cancellationToken);
    }
}
