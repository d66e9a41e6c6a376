using Lims.Application.Abstractions.Imports;

namespace Lims.Application.Features.Imports;

/// <summary>Where each column of a kind is in one file, found by its header.</summary>
public sealed class ColumnMap
{
    private readonly Dictionary<string, (int Index, string Header)> _found;
    private readonly IReadOnlyList<ImportColumn> _columns;

    private ColumnMap(IReadOnlyList<ImportColumn> columns, Dictionary<string, (int, string)> found)
    {
        _columns = columns;
        _found = found;
    }

    /// <summary>
    /// Finds the columns by the file's headers. A file without a required column, or with one column
    /// twice, is refused as a whole (<see cref="ImportFileException"/>): no row of it could be right.
    /// </summary>
    public static ColumnMap For(string kind, IReadOnlyList<ImportColumn> columns, IReadOnlyList<string> headers)
    {
        if (headers.Count == 0)
        {
            throw new ImportFileException("import-file-empty", "The file has no rows. Its first row heads the columns, as in the template.");
        }

        var found = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            if (columns.FirstOrDefault(c => c.IsNamedBy(headers[i])) is not { } column)
            {
                continue;
            }

            if (!found.TryAdd(column.Field, (i, headers[i])))
            {
                throw new ImportFileException("import-columns-duplicate", $"The column {column.Header} ({column.Field}) is in the file twice: in columns {Letter(found[column.Field].Item1)} and {Letter(i)}.");
            }
        }

        var missing = columns.Where(c => c.Required && !found.ContainsKey(c.Field)).Select(c => $"{c.Header} ({c.Field})").ToList();
        if (missing.Count > 0)
        {
            throw new ImportFileException("import-columns-missing",
                $"The first row must head the columns; it has no {string.Join(", ", missing)}. GET /api/imports/{kind}/template gives a file with every column.");
        }

        return new ColumnMap(columns, found);
    }

    /// <summary>The cell of the field in the row; null when empty or when the file has no such column.</summary>
    public string? Cell(ImportRow row, string field) => _found.TryGetValue(field, out var at) ? row[at.Index] : null;

    /// <summary>The column's header as the file writes it, or the template's when the file has no such column.</summary>
    public string HeaderOf(string field) =>
        _found.TryGetValue(field, out var at) ? at.Header : _columns.FirstOrDefault(c => c.Field == field)?.Header ?? field;

    /// <summary>0 → A, 27 → AB.</summary>
    private static string Letter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
