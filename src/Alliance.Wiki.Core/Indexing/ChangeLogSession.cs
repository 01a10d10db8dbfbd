using Alliance.Wiki.Core.Search;

namespace Alliance.Wiki.Core.Indexing;

/// <summary>
/// The change-log sequences written by this scope's open transaction, awaited once it commits (read your writes), and
/// the search documents its saves already built, handed to the applier after commit so that it need not read back and
/// parse what was just written. A rollback forgets both.
/// </summary>
public sealed class ChangeLogSession(ChangeLogApplier applier)
{
    /// <summary>
    /// A transaction of an editor's or a bot's saves holds at most this many documents; past it the rest are read back
    /// from the database, as another node's saves are. A bulk import keeps all of its batch's (<see cref="Bulk"/>).
    /// </summary>
    private const int MaxDocuments = 32;

    private Dictionary<long, SearchDocument>? _documents;

    /// <summary>The highest sequence written and not yet committed, or null.</summary>
    public long? Pending { get; set; }

    /// <summary>
    /// While this process imports in bulk (<see cref="ChangeLogApplier.BeginBulk"/>): every document of a transaction is
    /// kept for the applier, and a commit does not wait for its rows to be searchable (the import applies one batch while
    /// it writes the next).
    /// </summary>
    public bool Bulk => applier.InBulk;

    /// <summary>A save's row and the document it indexes as, valid once (and only if) the transaction commits.</summary>
    public void Saved(long sequence, SearchDocument document)
    {
        Pending = sequence;
        _documents ??= [];
        if (Bulk || _documents.Count < MaxDocuments)
        {
            _documents[sequence] = document;
        }
    }

    /// <summary>The documents of the transaction that just committed, forgotten here.</summary>
    public IReadOnlyDictionary<long, SearchDocument> TakeDocuments()
    {
        IReadOnlyDictionary<long, SearchDocument> documents = _documents ?? [];
        _documents = null;
        return documents;
    }

    /// <summary>
    /// Part of the transaction rolled back to a savepoint (an import's file that failed): which documents it undid is not
    /// known here, so none is offered and the applier reads the transaction's pages back from the database.
    /// </summary>
    public void ForgetDocuments() => _documents = null;

    /// <summary>The transaction rolled back: nothing it wrote is to be applied.</summary>
    public void Forget()
    {
        Pending = null;
        _documents = null;
    }
}
