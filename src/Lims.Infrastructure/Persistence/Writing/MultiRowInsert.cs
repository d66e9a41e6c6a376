using System.Text;

namespace Lims.Infrastructure.Persistence.Writing;

/// <summary>
/// Rows of one table as few <c>INSERT … VALUES (…), (…)</c> statements as the providers allow,
/// instead of EF's one command per row, which EF builds, sorts and batches one at a time. Each value
/// goes through its column's EF type mapping (and value converter), so it is stored exactly as EF
/// stores it. <see cref="WriteBatch"/> sends the statements.
/// </summary>
internal sealed class MultiRowInsert
{
    /// <summary>SQL Server takes at most 2,100 parameters in a statement.</summary>
    private const int MaxParameters = 2_000;

    /// <summary>SQL Server takes at most 1,000 rows in a <c>VALUES</c> list.</summary>
    private const int MaxRows = 1_000;

    private readonly string _head;
    private readonly PropertyColumn[] _columns;

    /// <summary>The statement for these columns of the table (its name delimited), in this order.</summary>
    public MultiRowInsert(string table, IReadOnlyList<PropertyColumn> columns)
    {
        _columns = [.. columns];
        _head = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ";
        RowsPerStatement = RowsPerStatementOf(_columns.Length);
    }

    public int RowsPerStatement { get; }

    /// <summary>Rows in one statement of a table with this many columns, the same on every provider.</summary>
    public static int RowsPerStatementOf(int columns) => Math.Min(MaxRows, MaxParameters / columns);

    /// <summary>Adds the rows to the batch, in order; <paramref name="valueOf"/> gives a row's value for a column (by index).</summary>
    public void AddTo<TRow>(WriteBatch batch, IReadOnlyList<TRow> rows, Func<TRow, int, object?> valueOf)
    {
        for (var first = 0; first < rows.Count; first += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - first);
            var parameters = new System.Data.Common.DbParameter[count * _columns.Length];
            var text = new StringBuilder(_head, _head.Length + parameters.Length * 8);
            for (var row = 0; row < count; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < _columns.Length; column++)
                {
                    var number = row * _columns.Length + column;
                    if (column > 0)
                    {
                        text.Append(", ");
                    }

                    var target = _columns[column];
                    parameters[number] = batch.Parameter(text, number, target.Mapping, valueOf(rows[first + row], column), target.Nullable);
                }

                text.Append(')');
            }

            batch.Add(text.ToString(), parameters, count);
        }
    }
}
