using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Alliance.Wiki.Core.Storage.Migrations;

/// <summary>
/// The first schema, written by hand: Microsoft.EntityFrameworkCore.Design does not restore here, so
/// `dotnet ef migrations add` cannot run (shared/STACK.md). Each later change is a new class beside this one.
/// </summary>
[DbContext(typeof(WikiDbContext))]
[Migration("20261122040000_InitialSchema")]
public sealed class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE TABLE pages (
                Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                Title TEXT NOT NULL,
                LatestRevisionId INTEGER NULL,
                Summary TEXT NOT NULL DEFAULT '',
                Korean TEXT NULL,
                UpdatedAt TEXT NOT NULL
            );
            CREATE UNIQUE INDEX IX_pages_Title ON pages (Title);

            CREATE TABLE revisions (
                Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                PageId INTEGER NOT NULL REFERENCES pages (Id) ON DELETE CASCADE,
                ParentId INTEGER NULL,
                Text TEXT NOT NULL,
                Comment TEXT NOT NULL DEFAULT '',
                Author TEXT NOT NULL,
                CreatedAt TEXT NOT NULL,
                Size INTEGER NOT NULL,
                IsMinor INTEGER NOT NULL DEFAULT 0,
                Origin INTEGER NOT NULL
            );
            CREATE INDEX IX_revisions_PageId_Id ON revisions (PageId, Id);
            -- One child per revision: the history of a page is a chain, never a fork.
            CREATE UNIQUE INDEX IX_revisions_ParentId ON revisions (ParentId);
            CREATE INDEX IX_revisions_CreatedAt ON revisions (CreatedAt);

            CREATE TABLE page_names (
                Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                PageId INTEGER NOT NULL REFERENCES pages (Id) ON DELETE CASCADE,
                Name TEXT NOT NULL,
                Key TEXT NOT NULL,
                Kind INTEGER NOT NULL
            );
            CREATE UNIQUE INDEX IX_page_names_Key ON page_names (Key);
            CREATE INDEX IX_page_names_PageId ON page_names (PageId);

            CREATE TABLE links (
                PageId INTEGER NOT NULL REFERENCES pages (Id) ON DELETE CASCADE,
                TargetTitle TEXT NOT NULL,
                TargetKey TEXT NOT NULL,
                PRIMARY KEY (PageId, TargetKey)
            );
            CREATE INDEX IX_links_TargetKey ON links (TargetKey);

            CREATE TABLE categories (
                PageId INTEGER NOT NULL REFERENCES pages (Id) ON DELETE CASCADE,
                Name TEXT NOT NULL,
                PRIMARY KEY (PageId, Name)
            );
            CREATE INDEX IX_categories_Name ON categories (Name);

            CREATE TABLE revision_renders (
                RevisionId INTEGER NOT NULL PRIMARY KEY REFERENCES revisions (Id) ON DELETE CASCADE,
                Html TEXT NOT NULL,
                ContentsJson TEXT NOT NULL,
                RenderedAt TEXT NOT NULL
            );
            """);
    }
}
