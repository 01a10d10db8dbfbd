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

    /// <summary>The pending sequence at each open savepoint, the newest on top.</summary>
    private Stack<long?>? _savepoints;

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

    /// <summary>A savepoint was made (an import's file begins): a rollback to it restores the sequence pending now.</summary>
    public void SavepointCreated() => (_savepoints ??= new()).Push(Pending);

    /// <summary>The newest savepoint was released: its file's saves stay in the transaction.</summary>
    public void SavepointReleased() => _savepoints?.TryPop(out _);

    /// <summary>
    /// Part of the transaction rolled back to its newest savepoint (an import's file that failed). The sequence awaited
    /// at commit is again the one pending when the savepoint was made: the undone rows no longer exist, and a commit
    /// waiting for one would wait out the read-your-writes bound. Which documents it undid is not known here, so none
    /// is offered and the applier reads the transaction's pages back from the database.
    /// </summary>
    public void RolledBackToSavepoint()
    {
        _documents = null;
        if (_savepoints is { Count: > 0 } savepoints)
        {
            Pending = savepoints.Peek();
        }
    }

    /// <summary>The transaction rolled back: nothing it wrote is to be applied.</summary>
    public void Forget()
    {
        Pending = null;
        _documents = null;
        _savepoints = null;
    }
}
