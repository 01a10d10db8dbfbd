using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Chronology;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary>
/// <c>/</c>: today's featured article (its lead and infobox), On this day, recently updated articles, "Did you know…",
/// then every category. Plain HTML: nothing here needs JavaScript.
/// </summary>
public sealed class IndexModel(ArticleReader reader, FeaturedArticles featured, PageListings listings, EventReader events, TimeProvider clock) : PageModel
{
    private const int PagesPerCategory = 50;
    private const int RecentCount = 8;
    private const int DidYouKnowCount = 4;

    public IReadOnlyList<CategoryListing> Categories { get; private set; } = [];

    public int PageCount { get; private set; }

    public DateOnly Today { get; private set; }

    public (PageSummary Page, string LeadHtml)? Featured { get; private set; }

    public IReadOnlyList<TimelineEvent> OnThisDay { get; private set; } = [];

    public IReadOnlyList<PageSummary> RecentlyUpdated { get; private set; } = [];

    public IReadOnlyList<PageSummary> DidYouKnow { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Featured = await featured.OfDayAsync(Today, cancellationToken);
        OnThisDay = await events.OnThisDayAsync(Today.Month, Today.Day, cancellationToken);
        RecentlyUpdated = await listings.RecentlyUpdatedAsync(RecentCount, cancellationToken);
        DidYouKnow = await listings.DidYouKnowAsync(Today, DidYouKnowCount, cancellationToken);
        Categories = await reader.CategoriesAsync(PagesPerCategory, cancellationToken);
        PageCount = await reader.CountAsync(cancellationToken);
    }
}
