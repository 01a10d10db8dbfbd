using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Tests.Support;

/// <summary>Small SQLite wikis made straight in the database, for tests of copying one into PostgreSQL.</summary>
public static class CopySources
{
    /// <summary>A migrated wiki in <paramref name="folder"/> with one page of three revisions and a category; answers its path.</summary>
    public static async Task<string> SeedAsync(string folder)
    {
        var path = Path.Combine(folder, "source.db");
        await using var db = WikiDatabase.Open(WikiStore.Sqlite(path));
        await WikiDatabase.MigrateAsync(db, CancellationToken.None);
        var at = new DateTime(2026, 11, 30, 8, 15, 0, DateTimeKind.Utc);
        var page = new Page { Title = "Alpha", UpdatedAt = at };
        db.Pages.Add(page);
        await db.SaveChangesAsync();
        long? parent = null;
        foreach (var text in new[] { "First.", "Second, 한국어.", "Third." })
        {
            var revision = new Revision { PageId = page.Id, ParentId = parent, Text = text, Author = "ann", CreatedAt = at = at.AddMinutes(1), Size = System.Text.Encoding.UTF8.GetByteCount(text) };
            db.Revisions.Add(revision);
            await db.SaveChangesAsync();
            parent = revision.Id;
        }

        page.LatestRevisionId = parent;
        db.Categories.Add(new PageCategory { PageId = page.Id, Name = "Testing" });
        await db.SaveChangesAsync();
        return path;
    }

    public static async Task<string> IdentityAsync(WikiStore store)
    {
        await using var db = WikiDatabase.Open(store);
        return await ChangeLog.WikiIdAsync(db, CancellationToken.None);
    }
}
