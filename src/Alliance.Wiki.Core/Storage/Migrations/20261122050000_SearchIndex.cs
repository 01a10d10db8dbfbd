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
            -- English: stemmed words, ranked by bm25 (weights in Search/Fts5SearchSql.cs: title > aliases > headings >
            -- summary > body > categories). rowid is the page's id; lists (aliases, headings, categories) are joined by newlines.
            CREATE VIRTUAL TABLE search_en USING fts5(
                title, aliases, headings, summary, categories, body,
                tokenize = 'porter unicode61 remove_diacritics 2'
            );

            -- Korean: the Hangul runs of the same fields, so that any substring matches (주한미군 in 주한미군은, 미군);
            -- unicode61 keeps a Hangul run as one token and particles would break matching (STACK.md). The text is a
            -- plain table, which LIKE scans fast for one- and two-syllable queries; the trigram index reads it as
            -- external content, kept in step by triggers.
            CREATE TABLE search_hangul (
                PageId INTEGER NOT NULL PRIMARY KEY,
                Title TEXT NOT NULL,
                Aliases TEXT NOT NULL,
                Headings TEXT NOT NULL,
                Body TEXT NOT NULL
            );
            CREATE VIRTUAL TABLE search_ko USING fts5(
                title, aliases, headings, body,
                content = 'search_hangul', content_rowid = 'PageId', tokenize = 'trigram'
            );
            CREATE TRIGGER search_hangul_inserted AFTER INSERT ON search_hangul BEGIN
                INSERT INTO search_ko (rowid, title, aliases, headings, body) VALUES (new.PageId, new.Title, new.Aliases, new.Headings, new.Body);
            END;
            CREATE TRIGGER search_hangul_deleted AFTER DELETE ON search_hangul BEGIN
                INSERT INTO search_ko (search_ko, rowid, title, aliases, headings, body) VALUES ('delete', old.PageId, old.Title, old.Aliases, old.Headings, old.Body);
            END;
            CREATE TRIGGER search_hangul_updated AFTER UPDATE ON search_hangul BEGIN
                INSERT INTO search_ko (search_ko, rowid, title, aliases, headings, body) VALUES ('delete', old.PageId, old.Title, old.Aliases, old.Headings, old.Body);
                INSERT INTO search_ko (rowid, title, aliases, headings, body) VALUES (new.PageId, new.Title, new.Aliases, new.Headings, new.Body);
            END;

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
