using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Alliance.Wiki.Core.Storage.Migrations;

/// <summary>
/// The change log that the Lucene index follows (Indexing/), and the wiki's identity that the index records so an
/// index written for another database is never served. Drops the FTS5 tables, which Lucene replaces; the names
/// table stays, for title suggestions. An upgraded wiki has no index yet: it is built at start.
/// </summary>
[DbContext(typeof(WikiDbContext))]
[Migration("20261201040000_ChangeLog")]
public sealed class ChangeLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE TABLE change_log (
                Id INTEGER NOT NULL CONSTRAINT PK_change_log PRIMARY KEY AUTOINCREMENT,
                PageId INTEGER NULL,
                Kind INTEGER NOT NULL,
                CreatedAt TEXT NOT NULL
            );
            CREATE INDEX IX_change_log_CreatedAt ON change_log (CreatedAt);

            CREATE TABLE wiki_identity (
                Id TEXT NOT NULL CONSTRAINT PK_wiki_identity PRIMARY KEY
            );
            INSERT INTO wiki_identity (Id) VALUES (lower(hex(randomblob(16))));

            DROP TRIGGER IF EXISTS search_hangul_inserted;
            DROP TRIGGER IF EXISTS search_hangul_deleted;
            DROP TRIGGER IF EXISTS search_hangul_updated;
            DROP TABLE IF EXISTS search_ko;
            DROP TABLE IF EXISTS search_hangul;
            DROP TABLE IF EXISTS search_en;
            DROP TABLE IF EXISTS search_words_vocab;
            DROP TABLE IF EXISTS search_words;
            DROP TABLE IF EXISTS search_categories;
            """);
    }
}
