using Lims.Application.Abstractions.Imports;

namespace Lims.Infrastructure.Imports;

/// <summary>
/// Tells an .xlsx workbook (a zip package) from a CSV file by its first bytes, and refuses the
/// formats people often send instead: the old binary .xls and anything else that is not text.
/// </summary>
internal sealed class ImportFileReader : IImportFileReader
{
    public ImportTable Open(Stream content)
    {
        var bytes = ReadAll(content);
        if (bytes.Length == 0)
        {
            throw new ImportFileException("import-file-empty", "The file is empty.");
        }

        if (StartsWith(bytes, 0x50, 0x4B, 0x03, 0x04))
        {
            return new XlsxImportTable(bytes);
        }

        if (StartsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0))
        {
            throw new ImportFileException("import-file-format", "This is an Excel 97–2003 workbook (.xls). Save it as an Excel workbook (.xlsx) or as CSV, and send that.");
        }

        return new CsvImportTable(bytes);
    }

    private static byte[] ReadAll(Stream content)
    {
        if (content is MemoryStream memory && memory.Position == 0)
        {
            return memory.ToArray();
        }

        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix) => bytes.AsSpan().StartsWith(prefix);
}
