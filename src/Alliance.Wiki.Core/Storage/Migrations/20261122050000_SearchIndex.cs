using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Alliance.Wiki.Core.Storage.Migrations;

/// <summary>
/// The search index: FTS5 tables written in the same transaction as every revision (Search/SqliteSearchIndex).
/// A database migrated from before this has pages but an empty index; the wiki rebuilds it at start.
/// </summary>
[DbContext(typeof(WikiDbContext))]
[Migration("20261122050000_SearchIndex")]
public sealed class SearchIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            -- English: stemmed words, ranked by bm25 with title > aliases > headings > summary > body > categories.
            -- rowid is the page's id; fields holding lists (aliases, headings, categories) are joined by newlines.
            CREATE VIRTUAL TABLE search_en USING fts5(
                title, aliases, headings, summary, categories, body,
                tokenize = 'porter unicode61 remove_diacritics 2'
            );
            INSERT INTO search_en (search_en, rank) VALUES ('rank', 'bm25(10.0, 6.0, 3.0, 2.0, 0.5, 1.0)');

            -- Korean: the Hangul runs of the same fields, so that any substring matches (주한미군 in 주한미군은, 미군).
            -- unicode61 keeps a Hangul run as one token and particles would break matching (STACK.md).
            CREATE VIRTUAL TABLE search_ko USING fts5(title, aliases, headings, body, tokenize = 'trigram');

            -- The words as written, unstemmed, for "Did you mean"; only the vocabulary is kept.
            CREATE VIRTUAL TABLE search_words USING fts5(
                words, content = '', contentless_delete = 1, detail = none,
                tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE VIRTUAL TABLE search_words_vocab USING fts5vocab(search_words, row);

            -- Titles and aliases folded (lower case, no diacritics, dashes as spaces) for suggestions by prefix.
            CREATE TABLE search_names (
                PageId INTEGER NOT NULL,
                Name TEXT NOT NULL,
                Fold TEXT NOT NULL,
                Title TEXT NOT NULL,
                Summary TEXT NOT NULL,
                IsTitle INTEGER NOT NULL
            );
            CREATE INDEX IX_search_names_Fold ON search_names (Fold);
            CREATE INDEX IX_search_names_PageId ON search_names (PageId);

            -- Categories by folded name, for category: filters and the counts that narrow results.
            CREATE TABLE search_categories (
                Key TEXT NOT NULL,
                PageId INTEGER NOT NULL,
                Name TEXT NOT NULL,
                PRIMARY KEY (Key, PageId)
            ) WITHOUT ROWID;
            CREATE INDEX IX_search_categories_PageId ON search_categories (PageId);
            """);
    }
}
