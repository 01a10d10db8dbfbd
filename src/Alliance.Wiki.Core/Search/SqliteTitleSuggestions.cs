using System.Globalization;
using System.Text;
using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Title suggestions on the database's <c>search_names</c> table (folded titles and aliases; on PostgreSQL the folds
/// compare in the C collation), written in the save's own transaction: a range scan on an index, tens of
/// microseconds, and current the moment the save commits.
/// </summary>
public sealed class SqliteTitleSuggestions(WikiDbContext db)
{
    /// <summary>Replaces the page's names; runs on the context's connection, inside its transaction.</summary>
    public async Task ReplaceAsync(SearchDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sql = new StringBuilder("DELETE FROM search_names WHERE \"PageId\" = @id;\n");
        var command = db.Command(string.Empty)
            .With("@id", document.PageId)
            .With("@title", SearchText.WithoutControlCharacters(document.Title))
            .With("@summary", SearchText.WithoutControlCharacters(document.Summary))
            .With("@yes", true)
            .With("@no", false);

        // The title's row stays even when it folds to nothing (a title of punctuation): CountAsync counts title rows.
        var names = document.Aliases.Prepend(document.Title).Select(n => (Name: n, Fold: SearchText.Fold(n)))
            .Where((n, i) => i == 0 || n.Fold.Length > 0).DistinctBy(n => n.Fold, StringComparer.Ordinal).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            sql.Append($"INSERT INTO search_names (\"PageId\", \"Name\", \"Fold\", \"Title\", \"Summary\", \"IsTitle\") VALUES (@id, @n{n}, @f{n}, @title, @summary, {(names[i].Name == document.Title ? "@yes" : "@no")});\n");
            command.With("@n" + n, names[i].Name).With("@f" + n, names[i].Fold);
        }

        command.CommandText = sql.ToString();
        await command.ExecuteAsync(cancellationToken);
    }

    public Task RemoveAsync(long pageId, CancellationToken cancellationToken) =>
        db.Command("DELETE FROM search_names WHERE \"PageId\" = @id").With("@id", pageId).ExecuteAsync(cancellationToken);

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
                    SELECT "PageId", "Name", "Title", "Summary", "IsTitle" FROM search_names
                    WHERE "Fold" >= @from AND "Fold" < @to ORDER BY "Fold" LIMIT @rows
                    """)
                .With("@from", fold).With("@to", fold + char.ConvertFromUtf32(0x10FFFF)).With("@rows", limit * 3)
                .ListAsync(r => (PageId: r.GetInt64(0), Name: r.GetString(1), Title: r.GetString(2), Summary: r.GetString(3), IsTitle: r.GetBoolean(4)), cancellationToken);
            return [.. rows.GroupBy(r => r.PageId)
                .Select(g => g.FirstOrDefault(r => r.IsTitle, g.First()))
                .OrderByDescending(r => r.IsTitle)
                .Take(limit)
                .Select(r => new TitleSuggestion(r.Title, r.IsTitle ? null : r.Name, r.Summary))];
        }, cancellationToken);
    }
}
