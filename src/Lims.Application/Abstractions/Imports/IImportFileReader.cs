namespace Lims.Application.Abstractions.Imports;

/// <summary>
/// Reads an import file, an .xlsx workbook (its first worksheet) or a CSV file (UTF-8 or GB18030),
/// as a header row and rows of text cells, one row at a time. Which it is comes from its content,
/// never from its name. The engines are infrastructure's business.
/// </summary>
public interface IImportFileReader
{
    /// <summary>Opens the file; <see cref="ImportFileException"/> when it is neither or cannot be read.</summary>
    ImportTable Open(Stream content);
}

/// <summary>
/// An open import file: its format, the encoding found (CSV), the header row and the rows after it.
/// Cells are text as the user sees it; dates as <c>yyyy-MM-dd</c>, numbers in invariant form.
/// </summary>
public abstract class ImportTable : IDisposable
{
    /// <summary><c>xlsx</c> or <c>csv</c>.</summary>
    public abstract string Format { get; }

    /// <summary>The encoding a CSV file was read in (<c>UTF-8</c>, <c>GB18030</c>); null for xlsx.</summary>
    public abstract string? Encoding { get; }

    /// <summary>The first row's cells (trimmed); empty when the file has no rows.</summary>
    public abstract IReadOnlyList<string> Headers { get; }

    /// <summary>The rows after the header, skipping rows with nothing in them; throws <see cref="ImportFileException"/> when the file turns out unreadable.</summary>
    public abstract IEnumerable<ImportRow> Rows { get; }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}

/// <summary>A row of the file: its number as a spreadsheet shows it (the header is row 1) and its cells (null: empty).</summary>
public sealed record ImportRow(int Number, IReadOnlyList<string?> Cells)
{
    public string? this[int column] => column < Cells.Count ? Cells[column] : null;
}

/// <summary>The file is not an .xlsx workbook or a CSV file that can be read (400 <c>code</c>).</summary>
public sealed class ImportFileException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
