using Alliance.Wiki.Core.Articles;
using Alliance.Wiki.Core.Titles;

namespace Alliance.Wiki.Endpoints;

/// <summary>The JSON endpoints: an article, a link preview, and health (<see cref="HealthEndpoint"/>).</summary>
public static class WikiApi
{
    public static IEndpointRouteBuilder MapWikiApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWikiHealth();
        endpoints.MapGet("/api/pages/{**title}", GetPageAsync);
        endpoints.MapGet("/api/preview", GetPreviewAsync);
        return endpoints;
    }

    private const string RevisionsSuffix = "/revisions";

    private static async Task<IResult> GetPageAsync(string? title, ArticleReader reader, CancellationToken cancellationToken)
    {
        var lookup = await reader.FindAsync(title, cancellationToken);
        if (lookup is null && title?.EndsWith(RevisionsSuffix, StringComparison.Ordinal) == true
            && await reader.FindAsync(title[..^RevisionsSuffix.Length], cancellationToken) is { } listed)
        {
            var revisions = await reader.RevisionsAsync(listed.Page.Id, 500, cancellationToken);
            return Results.Json(new { title = listed.Page.Title, revisions });
        }

        if (lookup?.Page.LatestRevisionId is not long revisionId)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such page", detail: $"There is no page titled '{WikiTitle.Normalize(title)}'.");
        }

        var page = lookup.Page;
        var revision = await reader.RevisionAsync(revisionId, cancellationToken);
        var view = await reader.ViewAsync(page, cancellationToken);
        var document = ArticleText.TryParse(revision!.Value.Revision.Text);
        var links = await reader.LinkTargetsAsync(page.Id, cancellationToken);
        return Results.Json(new
        {
            title = page.Title,
            url = WikiUrls.Article(page.Title),
            revision = revisionId,
            timestamp = view!.Revision.CreatedAt,
            summary = page.Summary,
            korean = page.Korean,
            aliases = document?.Metadata.Aliases ?? [],
            categories = view.Categories,
            markdown = document?.Body ?? revision.Value.Revision.Text,
            html = view.Html,
            links,
        });
    }

    private static async Task<IResult> GetPreviewAsync(string? title, ArticleReader reader, CancellationToken cancellationToken)
    {
        var lookup = await reader.FindAsync(title, cancellationToken);
        return lookup is null
            ? Results.NotFound()
            : Results.Json(new { title = lookup.Page.Title, summary = lookup.Page.Summary, korean = lookup.Page.Korean, url = WikiUrls.Article(lookup.Page.Title) });
    }
}
