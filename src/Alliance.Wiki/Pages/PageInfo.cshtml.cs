using Alliance.Wiki.Core.Articles;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Wiki.Pages;

/// <summary><c>/info/{title}</c>: a page's size, revisions, editors and links in and out.</summary>
public sealed class PageInfoModel(ArticleReader reader, PageTools tools) : ArticlePageModel(reader)
{
    public PageInformation? Info { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? title, CancellationToken cancellationToken)
    {
        if (await FindArticleAsync("info", title, cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (Article is not null)
        {
            Info = await tools.InformationAsync(Article, cancellationToken);
        }

        return Page();
    }
}
