using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Alliance.Wiki.Core.Storage.Migrations;

/// <summary>
/// The chronology (pages' dated events and which revision they were read from) and the admins' featured articles. Renders made before infoboxes and
/// timelines existed are dropped, so each revision is rendered again with its facts on its next view.
/// </summary>
[DbContext(typeof(WikiDbContext))]
[Migration("20261201090000_Events")]
public sealed class Events : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE TABLE events (
                Id INTEGER NOT NULL CONSTRAINT PK_events PRIMARY KEY AUTOINCREMENT,
                PageId INTEGER NOT NULL REFERENCES pages (Id) ON DELETE CASCADE,
                SortKey INTEGER NOT NULL,
                Date TEXT NOT NULL,
                Year INTEGER NOT NULL,
                Month INTEGER NULL,
                Day INTEGER NULL,
                Text TEXT NOT NULL,
                Html TEXT NOT NULL,
                FromInfobox INTEGER NOT NULL
            );
            CREATE INDEX IX_events_PageId ON events (PageId);
            CREATE INDEX IX_events_SortKey ON events (SortKey);
            CREATE INDEX IX_events_Month_Day ON events (Month, Day);

            CREATE TABLE event_sources (
                PageId INTEGER NOT NULL CONSTRAINT PK_event_sources PRIMARY KEY REFERENCES pages (Id) ON DELETE CASCADE,
                RevisionId INTEGER NOT NULL
            );

            CREATE TABLE featured_articles (
                Position INTEGER NOT NULL CONSTRAINT PK_featured_articles PRIMARY KEY,
                Title TEXT NOT NULL
            );

            DELETE FROM revision_renders;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP TABLE featured_articles; DROP TABLE event_sources; DROP TABLE events;");
    }
}
