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

        // Nodes starting together take turns through StartupLock, so only the first finds the table empty.
        db.Identity.Add(new WikiIdentity { Id = Guid.NewGuid().ToString("N") });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
