using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.History;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Wiki.Pages;

/// <summary><c>/blame/{title}</c>: each paragraph of the current text with the revision and author that last changed it.</summary>
public sealed class BlameModel(ArticleReader reader, RevisionHistory history) : ArticlePageModel(reader)
{
    public IReadOnlyList<BlamedParagraph> Paragraphs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? title, CancellationToken cancellationToken)
    {
        if (await FindArticleAsync("blame", title, cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (Article is not null)
        {
            Paragraphs = await history.BlameAsync(Article, cancellationToken);
        }

        return Page();
    }
}
