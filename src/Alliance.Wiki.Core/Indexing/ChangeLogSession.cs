namespace Alliance.Wiki.Core.Indexing;

/// <summary>The change-log sequences written by this scope's open transaction, awaited once it commits (read your writes).</summary>
public sealed class ChangeLogSession
{
    /// <summary>The highest sequence written and not yet committed, or null.</summary>
    public long? Pending { get; set; }
}
