using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Storage;

/// <summary>Gives a database its identity once (SQLite's ChangeLog migration made one in SQL; PostgreSQL's schema starts empty).</summary>
internal static class WikiIdentities
{
    public static async Task EnsureAsync(WikiDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Identity.AnyAsync(cancellationToken))
        {
            return;
        }

        db.Identity.Add(new WikiIdentity { Id = Guid.NewGuid().ToString("N") });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node starting at the same moment may have given it first: theirs stands.
            db.ChangeTracker.Clear();
            if (!await db.Identity.AnyAsync(cancellationToken))
            {
                throw;
            }
        }

        db.ChangeTracker.Clear();
    }
}
