namespace Lims.Application.Abstractions.Reports;

/// <summary>Writes one table as an .xlsx workbook (the engine is infrastructure's business).</summary>
public interface ISpreadsheetWriter
{
    /// <summary>A header row and the rows; cells are strings, numbers (int, long, decimal), booleans or null.</summary>
    byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows);
}
