using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Alliance.Wiki.Core.Storage;

/// <summary>
/// Raw commands on the context's own connection, inside its current transaction when there is one. The SQL written
/// with them runs on both providers: @name parameters and quoted identifiers, which SQLite and PostgreSQL both read.
/// </summary>
internal static class DbCommands
{
    public static DbCommand Command(this WikiDbContext db, string sql, IEnumerable<KeyValuePair<string, object>>? parameters = null)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters ?? [])
        {
            command.With(name, value);
        }

        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>
    /// A command whose SQL holds one <c>IN (…)</c> list: each value is bound to a parameter of its own, and
    /// <paramref name="sql"/> is given their names to put in the list ("@k0, @k1, …").
    /// </summary>
    public static DbCommand CommandWithList(this WikiDbContext db, IEnumerable<string> values, Func<string, string> sql)
    {
        var command = db.Command(string.Empty);
        var names = new StringBuilder();
        var i = 0;
        foreach (var value in values)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"@k{i++}");
            names.Append(names.Length == 0 ? name : ", " + name);
            command.With(name, value);
        }

        command.CommandText = sql(names.ToString());
        return command;
    }

    public static async Task<long> ScalarAsync(this DbCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public static async Task<List<T>> ListAsync<T>(this DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
    }

    public static async Task ExecuteAsync(this DbCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Runs plain-SQL reads on the context's connection, opened for them (and left open if it already was).</summary>
    public static async Task<T> ReadAsync<T>(this WikiDbContext db, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await read();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Replaces a page's rows in a table: its old rows deleted, and the new ones inserted with one command for up to
    /// <see cref="RowsPerInsert"/> of them (EF Core sends SQLite one command a row, and a save's links made that a
    /// quarter of an import's time). The delete goes in the same command as the first insert, so on PostgreSQL one
    /// round trip does both; a save replaces three such sets.
    /// </summary>
    public static async Task ReplacePageRowsAsync(this WikiDbContext db, string table, long pageId, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(columns);
        // No rows still makes one command: the delete alone.
        var first = true;
        foreach (var chunk in rows.Chunk(RowsPerInsert).DefaultIfEmpty([]))
        {
            var command = db.Command(string.Empty);
            var sql = new StringBuilder();
            if (first)
            {
                sql.Append($"DELETE FROM {table} WHERE \"PageId\" = @page;\n");
                command.With("@page", pageId);
                first = false;
            }

            for (var row = 0; row < chunk.Length; row++)
            {
                sql.Append(row == 0 ? $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES (" : ", (");
                for (var column = 0; column < columns.Count; column++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"@r{row}c{column}");
                    sql.Append(column == 0 ? name : ", " + name);
                    command.With(name, chunk[row][column]);
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteAsync(cancellationToken);
        }
    }

    private const int RowsPerInsert = 300;
}
