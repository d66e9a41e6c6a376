namespace Lims.Application.Abstractions.Reports;

/// <summary>Writes tables as an .xlsx workbook (the engine is infrastructure's business).</summary>
public interface ISpreadsheetWriter
{
    /// <summary>A header row and the rows; cells are strings, numbers (int, long, decimal), booleans or null.</summary>
    byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows);

    /// <summary>Several sheets, each a header row and its rows, in this order.</summary>
    byte[] Write(IReadOnlyList<SpreadsheetSheet> sheets);
}

/// <summary>One sheet of a workbook: its name, its header row and its rows.</summary>
public sealed record SpreadsheetSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows);
