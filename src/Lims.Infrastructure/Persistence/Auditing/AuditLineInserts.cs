using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Lims.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Lims.Infrastructure.Persistence.Auditing;

/// <summary>
/// Writes a save's audit lines in its transaction with one multi-row <c>INSERT</c> per
/// <see cref="RowsPerStatement"/> lines, instead of one EF command per line: EF's update pipeline
/// builds, sorts and reads back a command for each row, which was the larger part of a busy save.
/// Values go through each column's EF type mapping, so they are stored exactly as EF stores them.
/// </summary>
internal static class AuditLineInserts
{
    /// <summary>Keeps a statement under SQL Server's 2,100 parameters (six per line).</summary>
    public const int RowsPerStatement = 256;

    private static readonly (string Property, Func<AuditEntry, object?> Value)[] Columns =
    [
        (nameof(AuditEntry.At), e => e.At),
        (nameof(AuditEntry.User), e => e.User),
        (nameof(AuditEntry.Action), e => e.Action),
        (nameof(AuditEntry.Entity), e => e.Entity),
        (nameof(AuditEntry.Key), e => e.Key),
        (nameof(AuditEntry.Changes), e => e.Changes),
    ];

    /// <summary>What the statement needs to know of the table, worked out once per model (one per provider).</summary>
    private sealed record Table(string Head, RelationalTypeMapping[] Mappings, bool[] Nullable);

    private static readonly ConcurrentDictionary<IModel, Table> Tables = new();

    public static async Task WriteAsync(DbContext context, IReadOnlyList<AuditEntry> lines, bool synchronously, CancellationToken ct)
    {
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Audit lines are written in the transaction of the save they record.");
        var (head, mappings, nullable) = Tables.GetOrAdd(context.Model, static (model, sql) => TableOf(model, sql), context.GetService<ISqlGenerationHelper>());
        // Npgsql sends $n placeholders with unnamed parameters as they are; named ones it rewrites, parsing the whole statement.
        var positional = transaction.Connection is NpgsqlConnection;

        foreach (var chunk in lines.Chunk(RowsPerStatement))
        {
            await using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            if (context.Database.GetCommandTimeout() is { } timeout)
            {
                command.CommandTimeout = timeout;
            }

            var text = new StringBuilder(head);
            for (var row = 0; row < chunk.Length; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < Columns.Length; column++)
                {
                    var number = row * Columns.Length + column;
                    var name = positional ? "" : $"@a{number}";
                    text.Append(column == 0 ? "" : ", ").Append(positional ? $"${number + 1}" : name);
                    command.Parameters.Add(mappings[column].CreateParameter(command, name, Columns[column].Value(chunk[row]), nullable[column]));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            try
            {
                _ = synchronously ? command.ExecuteNonQuery() : await command.ExecuteNonQueryAsync(ct);
            }
            catch (DbException e)
            {
                throw new DbUpdateException("The audit trail of this change could not be saved; nothing was saved.", e);
            }
        }
    }

    private static Table TableOf(IModel model, ISqlGenerationHelper sql)
    {
        var entityType = model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = Columns.Select(c => entityType.FindProperty(c.Property)!).ToList();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
        return new Table(head, [.. columns.Select(p => p.GetRelationalTypeMapping())], [.. columns.Select(p => p.IsNullable)]);
    }
}
