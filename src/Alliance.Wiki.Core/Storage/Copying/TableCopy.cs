using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Storage.Copying;

/// <summary>
/// Copies one entity type's rows through EF Core, ids and all. EF Core rather than plain ADO.NET because the model
/// already knows how each column is stored on each provider (SQLite's text times and integer booleans, PostgreSQL's
/// timestamps with time zone), so the copy cannot drift from the schema when a column is added.
/// </summary>
internal sealed class TableCopy<T>(Action<T>? prepare = null) : ITableCopy
    where T : class
{
    /// <summary>Rows per SaveChanges: one round trip for Npgsql's batch, and few enough revisions' texts in memory.</summary>
    private const int BatchSize = 500;

    public Type EntityType => typeof(T);

    public Task<int> CountAsync(WikiDbContext db, CancellationToken cancellationToken) => db.Set<T>().CountAsync(cancellationToken);

    public async Task CopyAsync(WikiDbContext source, WikiDbContext target, Action<int> copied, CancellationToken cancellationToken)
    {
        var batch = new List<T>(BatchSize);
        await foreach (var row in InKeyOrder(source).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            prepare?.Invoke(row);
            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                await SaveAsync(target, batch, copied, cancellationToken);
            }
        }

        await SaveAsync(target, batch, copied, cancellationToken);
    }

    private static IQueryable<T> InKeyOrder(WikiDbContext source)
    {
        var key = source.Model.FindEntityType(typeof(T))?.FindPrimaryKey()?.Properties
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no primary key to copy in order.");
        var ordered = source.Set<T>().AsNoTracking().OrderBy(row => EF.Property<object>(row, key[0].Name));
        foreach (var property in key.Skip(1))
        {
            ordered = ordered.ThenBy(row => EF.Property<object>(row, property.Name));
        }

        return ordered;
    }

    private static async Task SaveAsync(WikiDbContext target, List<T> batch, Action<int> copied, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        target.Set<T>().AddRange(batch);
        await target.SaveChangesAsync(cancellationToken);
        // Nothing is read back: a tracker that kept every row would grow with the wiki.
        target.ChangeTracker.Clear();
        copied(batch.Count);
        batch.Clear();
    }
}
