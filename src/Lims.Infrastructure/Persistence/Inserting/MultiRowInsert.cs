using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Lims.Infrastructure.Persistence.Inserting;

/// <summary>A column of a <see cref="MultiRowInsert"/>: its delimited name, and the EF type mapping its values go through.</summary>
internal sealed record InsertColumn(string Name, RelationalTypeMapping Mapping, bool Nullable);

/// <summary>
/// Rows of one table written in the current transaction with as few <c>INSERT … VALUES (…), (…)</c>
/// statements as the providers allow, instead of EF's one command per row, which EF builds, sorts
/// and batches one at a time. Each value goes through its column's EF type mapping (and value
/// converter), so it is stored exactly as EF stores it.
/// </summary>
internal sealed class MultiRowInsert
{
    /// <summary>SQL Server takes at most 2,100 parameters in a statement.</summary>
    private const int MaxParameters = 2_000;

    /// <summary>SQL Server takes at most 1,000 rows in a <c>VALUES</c> list.</summary>
    private const int MaxRows = 1_000;

    private readonly string _head;
    private readonly InsertColumn[] _columns;

    public MultiRowInsert(string table, IReadOnlyList<InsertColumn> columns)
    {
        _columns = [.. columns];
        _head = $"INSERT INTO {table} ({string.Join(", ", _columns.Select(c => c.Name))}) VALUES ";
        RowsPerStatement = RowsPerStatementOf(_columns.Length);
    }

    public int RowsPerStatement { get; }

    /// <summary>Rows in one statement of a table with this many columns, the same on every provider.</summary>
    public static int RowsPerStatementOf(int columns) => Math.Min(MaxRows, MaxParameters / columns);

    /// <summary>Writes the rows in order; <paramref name="valueOf"/> gives a row's value for a column (by index).</summary>
    public async Task WriteAsync<TRow>(DbContext context, IReadOnlyList<TRow> rows, Func<TRow, int, object?> valueOf, bool synchronously, CancellationToken ct)
    {
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written in the transaction of the save they belong to.");
        var connection = transaction.Connection!;
        // Npgsql sends $n placeholders with unnamed parameters as they are; named ones it rewrites, parsing the whole statement.
        var positional = connection is NpgsqlConnection;
        for (var first = 0; first < rows.Count; first += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - first);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            if (context.Database.GetCommandTimeout() is { } timeout)
            {
                command.CommandTimeout = timeout;
            }

            var text = new StringBuilder(_head, _head.Length + count * _columns.Length * 8);
            for (var row = 0; row < count; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < _columns.Length; column++)
                {
                    var number = row * _columns.Length + column;
                    var name = positional ? "" : "@p" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (column > 0)
                    {
                        text.Append(", ");
                    }

                    if (positional)
                    {
                        text.Append('$').Append(number + 1);
                    }
                    else
                    {
                        text.Append(name);
                    }

                    var (_, mapping, nullable) = _columns[column];
                    command.Parameters.Add(mapping.CreateParameter(command, name, valueOf(rows[first + row], column), nullable));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            int written;
            try
            {
                written = synchronously ? command.ExecuteNonQuery() : await command.ExecuteNonQueryAsync(ct);
            }
            catch (DbException e)
            {
                throw new DbUpdateException("The changes could not be saved; nothing was saved.", e);
            }

            if (written != count)
            {
                throw new DbUpdateException($"{count} rows were to be inserted and the database reports {written}; nothing was saved.");
            }
        }
    }
}
