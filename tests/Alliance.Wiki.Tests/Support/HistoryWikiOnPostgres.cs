using Alliance.Wiki.Core.Storage;

namespace Alliance.Wiki.Tests.Support;

/// <summary>The same known history on PostgreSQL.</summary>
public sealed class HistoryWikiOnPostgres : HistoryWiki
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
