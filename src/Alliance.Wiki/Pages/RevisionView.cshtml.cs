using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary><c>/revision/{id}</c>: a revision as it read then, under a banner when it is not the current one.</summary>
public sealed class RevisionViewModel(ArticleReader reader, RenderCache renders) : PageModel
{
    public Core.Storage.Page? Article { get; private set; }

    public Revision? Revision { get; private set; }

    public RenderedArticle? Rendered { get; private set; }

    public bool IsCurrent => Article?.LatestRevisionId == Revision?.Id;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var found = await reader.RevisionAsync(id, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        (Article, Revision) = found.Value;
        Rendered = await renders.RenderWithoutEditLinksAsync(Revision.Text, cancellationToken);
        return Page();
    }
}
