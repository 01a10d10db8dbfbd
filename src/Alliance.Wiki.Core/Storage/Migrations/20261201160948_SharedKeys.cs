using Microsoft.EntityFrameworkCore.Migrations;

namespace Alliance.Wiki.Core.Storage.Migrations;

/// <summary>
/// The first migration the tool made (`dotnet ef migrations add`, docs/migrations.md), with the first model snapshot.
/// The tool wrote every table, since the hand-written migrations before it had no snapshot; only what is new was
/// kept: the shared data-protection keys, and a key for search_names (now in the model, so PostgreSQL gets it too).
/// </summary>
public partial class SharedKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "data_protection_keys",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                Xml = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_data_protection_keys", x => x.Id));

        // SQLite cannot add a primary key to a table: copy the rows into one that has it.
        migrationBuilder.Sql("""
            CREATE TABLE search_names_keyed (
                Id INTEGER NOT NULL CONSTRAINT PK_search_names PRIMARY KEY AUTOINCREMENT,
                PageId INTEGER NOT NULL,
                Name TEXT NOT NULL,
                Fold TEXT NOT NULL,
                Title TEXT NOT NULL,
                Summary TEXT NOT NULL,
                IsTitle INTEGER NOT NULL
            );
            INSERT INTO search_names_keyed (PageId, Name, Fold, Title, Summary, IsTitle)
                SELECT PageId, Name, Fold, Title, Summary, IsTitle FROM search_names;
            DROP TABLE search_names;
            ALTER TABLE search_names_keyed RENAME TO search_names;
            CREATE INDEX IX_search_names_Fold ON search_names (Fold);
            CREATE INDEX IX_search_names_PageId ON search_names (PageId);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "data_protection_keys");
    }
}
