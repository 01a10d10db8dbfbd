using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Wiki.Core.Storage.Copying;

/// <summary>Compares two wikis after a copy: rows per copied table, every revision's text, the change log's high-water mark.</summary>
public static class CopyVerifier
{
    public static async Task<CopyVerification> VerifyAsync(WikiStore source, WikiStore target, CancellationToken cancellationToken)
    {
        await using var from = WikiDatabase.Open(source);
        await using var to = WikiDatabase.Open(target);
        var tables = new List<TableCount>();
        foreach (var table in CopiedTables.All)
        {
            tables.Add(new TableCount(TableName(from, table.EntityType), await table.CountAsync(from, cancellationToken), await table.CountAsync(to, cancellationToken)));
        }

        return new CopyVerification(
            tables,
            await RevisionChecksumAsync(from, cancellationToken),
            await RevisionChecksumAsync(to, cancellationToken),
            await ChangeLog.HighestAsync(from, cancellationToken),
            await ChangeLog.HighestAsync(to, cancellationToken),
            CopiedTables.Skipped.ToDictionary(s => TableName(from, s.Key), s => s.Value, StringComparer.Ordinal));
    }

    /// <summary>SHA-256 over each revision's id, text length and UTF-8 text, in id order: the same on both providers when nothing was lost or changed.</summary>
    public static Task<string> RevisionChecksumAsync(WikiDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ReadAsync(async () =>
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var id = new byte[sizeof(long)];
            var length = new byte[sizeof(int)];
            await using var command = db.Command("""SELECT "Id", "Text" FROM revisions ORDER BY "Id" """);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var text = Encoding.UTF8.GetBytes(reader.GetString(1));
                BinaryPrimitives.WriteInt64LittleEndian(id, reader.GetInt64(0));
                BinaryPrimitives.WriteInt32LittleEndian(length, text.Length);
                hash.AppendData(id);
                hash.AppendData(length);
                hash.AppendData(text);
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }, cancellationToken);
    }

    internal static string TableName(WikiDbContext db, Type entity) =>
        db.Model.FindEntityType(entity)?.GetTableName() ?? throw new InvalidOperationException($"{entity.Name} is not in the wiki's model.");
}
