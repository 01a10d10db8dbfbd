namespace Alliance.Wiki.Core.Content;

/// <summary>
/// The import verb's way of importing (<see cref="ContentImporter"/>): each batch is rendered on the other core while
/// the one before is written, the renders are used for links and search but not stored (the first view renders the
/// page with its links as they then are), and <paramref name="BatchCommitted"/> runs after each batch commits.
/// </summary>
/// <param name="BatchCommitted">After each commit: the verb indexes the batch beside the next one.</param>
public sealed record BulkImport(Func<CancellationToken, Task> BatchCommitted);
