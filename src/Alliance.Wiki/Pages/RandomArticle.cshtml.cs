using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Titles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary><c>/random</c>: goes to an article chosen at random (a 302, never cached); an empty wiki says so.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class RandomArticleModel(PageTools tools) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await tools.RandomTitleAsync(cancellationToken) is { } title ? Redirect(WikiUrls.Article(title)) : Page();
}
