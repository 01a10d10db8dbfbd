using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Wiki.Core.Articles;

/// <summary>
/// The article page's read path: one prepared statement on an open connection (<see cref="ArticleStatements"/>) gives
/// the name, the page, its latest revision, its cached render and its categories. A view of a cached render builds no
/// scoped context at all; only a missing render goes through the request's <see cref="ArticleReader"/>, which renders
/// and stores it.
/// </summary>
public sealed class ArticleViews(ArticleStatements statements, IServiceProvider services)
{
    /// <summary>The page a raw title reaches and its latest revision as the article page shows it; null when the title names no page.</summary>
    public async Task<ArticleRead?> ReadAsync(string? rawTitle, CancellationToken cancellationToken)
    {
        if (await statements.ReadAsync(rawTitle, cancellationToken) is not { } row)
        {
            return null;
        }

        // Resolved here, not injected: constructing it builds the request's context, which a cached view never needs.
        // A missing render is made from the row read above, not read again.
        return row.NeedsRender
            ? await services.GetRequiredService<ArticleReader>().ViewOfAsync(row, cancellationToken)
            : new ArticleRead(row.Lookup, row.CachedView());
    }

    /// <summary>The page a raw title reaches (by title or alias), or null: the same statement, for the rare "redirected from" note.</summary>
    public async Task<PageLookup?> FindAsync(string? rawTitle, CancellationToken cancellationToken) =>
        (await statements.ReadAsync(rawTitle, cancellationToken))?.Lookup;
}
