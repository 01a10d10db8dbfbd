using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.History;
using Alliance.Wiki.Core.Titles;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Wiki.Pages;

/// <summary><c>/history/{title}</c>: a page's revisions, newest first, a hundred at a time, with any two to compare.</summary>
public sealed class HistoryModel(ArticleReader reader, RevisionHistory history) : ArticlePageModel(reader)
{
    public const int PageSize = 100;

    public IReadOnlyList<RevisionChange> Revisions { get; private set; } = [];

    /// <summary>Which hundred this is, from 1.</summary>
    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public int Total { get; private set; }

    // "page" is also the route value naming the Razor page, so the query is named explicitly.
    public async Task<IActionResult> OnGetAsync(string? title, [FromQuery(Name = "page")] int? number, CancellationToken cancellationToken)
    {
        if (await FindArticleAsync("history", title, cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (Article is null)
        {
            return Page();
        }

        Total = await history.CountAsync(Article.Id, cancellationToken);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(number ?? 1, 1, PageCount);
        Revisions = await history.PageAsync(Article.Id, (PageNumber - 1) * PageSize, PageSize, cancellationToken);
        return Page();
    }

    public string PageUrl(int number) => WikiUrls.History(Article!.Title) + (number == 1 ? string.Empty : "?page=" + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
