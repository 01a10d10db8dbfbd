namespace Alliance.Wiki.Core.Storage.Copying;

/// <summary>One table that <see cref="DatabaseCopier"/> copies, whatever its entity type.</summary>
internal interface ITableCopy
{
    Type EntityType { get; }

    Task<int> CountAsync(WikiDbContext db, CancellationToken cancellationToken);

    /// <summary>Copies every row in key order, in batches; <paramref name="copied"/> hears each batch's size.</summary>
    Task CopyAsync(WikiDbContext source, WikiDbContext target, Action<int> copied, CancellationToken cancellationToken);
}
