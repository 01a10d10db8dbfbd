using System.Data.Common;
using System.Globalization;
using System.Text;
using Alliance.Wiki.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Search on SQLite FTS5 in the wiki's own database (tables from the SearchIndex migration). Writes run on the
/// context's connection and transaction, so a page's text and its index rows commit or roll back together.
/// </summary>
public sealed class SqliteSearchIndex(WikiDbContext db) : ISearchIndex
{
    private const int SnippetCharacters = 220;
    private const string Separator = "\n";
    private const int MaxCategories = 20;

    public async Task IndexAsync(SearchDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sql = new StringBuilder(DeleteSql);
        var command = db.Command(string.Empty)
            .With("$id", document.PageId)
            .With("$title", SearchText.WithoutControlCharacters(document.Title))
            .With("$aliases", Joined(document.Aliases))
            .With("$headings", Joined(document.Headings))
            .With("$summary", SearchText.WithoutControlCharacters(document.Summary))
            .With("$categories", Joined(document.Categories))
            .With("$body", SearchText.WithoutControlCharacters(document.Body))
            .With("$words", SearchText.WithoutControlCharacters(SearchText.DistinctChunks([document.Title, .. document.Aliases, .. document.Headings, document.Body])));
        sql.Append("""
            INSERT INTO search_en (rowid, title, aliases, headings, summary, categories, body) VALUES ($id, $title, $aliases, $headings, $summary, $categories, $body);
            INSERT INTO search_words (rowid, words) VALUES ($id, $words);
            """);

        var korean = new[] { document.Title, string.Join(' ', document.Aliases), string.Join(' ', document.Headings), document.Body }.Select(SearchText.HangulRuns).ToArray();
        if (korean.Any(k => k.Length > 0))
        {
            sql.Append("INSERT INTO search_hangul (PageId, Title, Aliases, Headings, Body) VALUES ($id, $kt, $ka, $kh, $kb);\n");
            command.With("$kt", korean[0]).With("$ka", korean[1]).With("$kh", korean[2]).With("$kb", korean[3]);
        }

        // The title's row stays even when it folds to nothing (a title of punctuation): CountAsync counts title rows.
        var names = document.Aliases.Prepend(document.Title).Select(n => (Name: n, Fold: SearchText.Fold(n)))
            .Where((n, i) => i == 0 || n.Fold.Length > 0).DistinctBy(n => n.Fold, StringComparer.Ordinal).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            sql.Append($"INSERT INTO search_names (PageId, Name, Fold, Title, Summary, IsTitle) VALUES ($id, $n{n}, $f{n}, $title, $summary, {(names[i].Name == document.Title ? 1 : 0)});\n");
            command.With("$n" + n, names[i].Name).With("$f" + n, names[i].Fold);
        }

        var categories = document.Categories.DistinctBy(SearchText.Fold, StringComparer.Ordinal).ToList();
        for (var i = 0; i < categories.Count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            sql.Append($"INSERT INTO search_categories (Key, PageId, Name) VALUES ($ck{n}, $id, $c{n});\n");
            command.With("$ck" + n, SearchText.Fold(categories[i])).With("$c" + n, categories[i]);
        }

        command.CommandText = sql.ToString();
        await InTransactionAsync(command, cancellationToken);
    }

    public Task RemoveAsync(long pageId, CancellationToken cancellationToken) =>
        InTransactionAsync(db.Command(DeleteSql).With("$id", pageId), cancellationToken);

    public Task ClearAsync(CancellationToken cancellationToken) => InTransactionAsync(db.Command("""
        DELETE FROM search_en;
        DELETE FROM search_hangul;
        INSERT INTO search_words (search_words) VALUES ('delete-all');
        DELETE FROM search_names;
        DELETE FROM search_categories;
        """), cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        db.ReadAsync(async () => (int)await db.Command("SELECT count(*) FROM search_names WHERE IsTitle = 1").ScalarAsync(cancellationToken), cancellationToken);

    public Task<SearchResults> SearchAsync(SearchQuery query, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Problem is not null)
        {
            return Task.FromResult(SearchResults.Empty);
        }

        var sql = Fts5SearchSql.For(query);
        return db.ReadAsync(async () =>
        {
            var total = (int)await db.Command("SELECT count(*) " + sql.From, sql.Parameters).ScalarAsync(cancellationToken);
            if (total == 0)
            {
                return new SearchResults(0, [], [], await SqliteSpelling.DidYouMeanAsync(db, query, cancellationToken));
            }

            // The best results in order, enough for this page and for the category counts: one ranking pass serves both.
            var (skip, take) = (Math.Max(0, offset), Math.Clamp(limit, 1, 100));
            var ranked = await db.Command($"SELECT search_en.rowid {sql.From} ORDER BY {sql.OrderBy} LIMIT $count", sql.Parameters)
                .With("$count", Math.Max(SearchResults.CategorySample, skip + take))
                .ListAsync(r => r.GetInt64(0), cancellationToken);
            var hits = await HitsAsync(query, [.. ranked.Skip(skip).Take(take)], cancellationToken);
            var counted = ranked.Take(SearchResults.CategorySample).ToList();
            var categories = await db.Command(
                    $"SELECT min(Name), count(*) FROM search_categories WHERE PageId IN ({string.Join(", ", counted)}) GROUP BY Key ORDER BY count(*) DESC, min(Name) LIMIT {MaxCategories}")
                .ListAsync(r => new CategoryCount(r.GetString(0), r.GetInt32(1)), cancellationToken);
            return new SearchResults(total, hits, categories, null) { CategoriesCounted = counted.Count };
        }, cancellationToken);
    }

    public Task<IReadOnlyList<TitleSuggestion>> SuggestAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        var fold = SearchText.Fold(prefix?.Length > 200 ? prefix[..200] : prefix);
        if (fold.Length == 0 || limit <= 0)
        {
            return Task.FromResult<IReadOnlyList<TitleSuggestion>>([]);
        }

        return db.ReadAsync<IReadOnlyList<TitleSuggestion>>(async () =>
        {
            // Every string that starts with the prefix sorts between it and the prefix followed by the last code point.
            var rows = await db.Command("""
                    SELECT PageId, Name, Title, Summary, IsTitle FROM search_names
                    WHERE Fold >= $from AND Fold < $to ORDER BY Fold LIMIT $rows
                    """)
                .With("$from", fold).With("$to", fold + char.ConvertFromUtf32(0x10FFFF)).With("$rows", limit * 3)
                .ListAsync(r => (PageId: r.GetInt64(0), Name: r.GetString(1), Title: r.GetString(2), Summary: r.GetString(3), IsTitle: r.GetBoolean(4)), cancellationToken);
            return [.. rows.GroupBy(r => r.PageId)
                .Select(g => g.FirstOrDefault(r => r.IsTitle, g.First()))
                .OrderByDescending(r => r.IsTitle)
                .Take(limit)
                .Select(r => new TitleSuggestion(r.Title, r.IsTitle ? null : r.Name, r.Summary))];
        }, cancellationToken);
    }

    private const string DeleteSql = """
        DELETE FROM search_en WHERE rowid = $id;
        DELETE FROM search_hangul WHERE PageId = $id;
        DELETE FROM search_words WHERE rowid = $id;
        DELETE FROM search_names WHERE PageId = $id;
        DELETE FROM search_categories WHERE PageId = $id;

        """;

    private static string Joined(IEnumerable<string> values) => SearchText.WithoutControlCharacters(string.Join(Separator, values));

    private static string[] Split(string joined) => joined.Split(Separator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The page's rows, read whole only now (bodies are large), with passages cut by the <see cref="Highlighter"/>.</summary>
    private async Task<List<SearchHit>> HitsAsync(SearchQuery query, List<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var highlighter = new Highlighter(query);
        var rows = await db.Command($"SELECT rowid, title, summary, categories, body FROM search_en WHERE rowid IN ({string.Join(", ", ids)})")
            .ListAsync(r => new SearchHit(r.GetInt64(0), r.GetString(1), r.GetString(2), Split(r.GetString(3)), highlighter.Snippet(r.GetString(4), SnippetCharacters)), cancellationToken);
        // A page removed by another connection since the ranking query is left out rather than failing the page.
        return [.. ids.Select(id => rows.Find(h => h.PageId == id)).OfType<SearchHit>()];
    }

    private async Task InTransactionAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await command.ExecuteAsync(cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        command.Transaction = transaction.GetDbTransaction();
        await command.ExecuteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
