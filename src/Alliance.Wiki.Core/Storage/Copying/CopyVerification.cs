namespace Alliance.Wiki.Core.Storage.Copying;

/// <summary>
/// What <see cref="CopyVerifier"/> found: each table's rows on both sides, a SHA-256 of every revision's id and text in
/// id order on both sides, the change log's high-water mark on both sides, and the tables a copy leaves out.
/// </summary>
public sealed record CopyVerification(
    IReadOnlyList<TableCount> Tables,
    string SourceRevisionChecksum,
    string TargetRevisionChecksum,
    long SourceChangeLogMark,
    long TargetChangeLogMark,
    IReadOnlyDictionary<string, string> Skipped)
{
    public bool ChecksumMatches => string.Equals(SourceRevisionChecksum, TargetRevisionChecksum, StringComparison.Ordinal);

    public bool ChangeLogMatches => SourceChangeLogMark == TargetChangeLogMark;

    public bool Matches => ChecksumMatches && ChangeLogMatches && Tables.All(t => t.Matches);
}
