using Alliance.Wiki.Core.Search;

namespace Alliance.Wiki.Core.Indexing;

/// <summary>
/// The change-log sequences written by this scope's open transaction, awaited once it commits (read your writes), and
/// the search documents its saves already built, handed to the applier after commit so that it need not read back and
/// parse what was just written. A rollback forgets both.
/// </summary>
public sealed class ChangeLogSession
{
    /// <summary>
    /// An import saves thousands of pages in one scope: past this many the rest are read back from the database, as
    /// another node's saves are, rather than held in memory.
    /// </summary>
    private const int MaxDocuments = 32;

    private Dictionary<long, SearchDocument>? _documents;

    /// <summary>The highest sequence written and not yet committed, or null.</summary>
    public long? Pending { get; set; }

    /// <summary>A save's row and the document it indexes as, valid once (and only if) the transaction commits.</summary>
    public void Saved(long sequence, SearchDocument document)
    {
        Pending = sequence;
        _documents ??= [];
        if (_documents.Count < MaxDocuments)
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

    /// <summary>The transaction rolled back: nothing it wrote is to be applied.</summary>
    public void Forget()
    {
        Pending = null;
        _documents = null;
    }
}
