using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExcelNumberFormat;
using Lims.Application.Abstractions.Imports;

namespace Lims.Infrastructure.Imports;

/// <summary>
/// The first worksheet of an .xlsx workbook, read with the Open XML SDK's forward-only reader one
/// row at a time: ClosedXML builds the whole workbook in memory (about a kilobyte per cell), too
/// much for 100,000 rows. Shared strings are read once; a number whose cell format is a date
/// (built-in or custom, as ExcelNumberFormat tells) becomes <c>yyyy-MM-dd</c>.
/// </summary>
internal sealed class XlsxImportTable : ImportTable
{
    private readonly MemoryStream _bytes;
    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _sheet;
    private readonly List<string> _sharedStrings = [];
    private readonly HashSet<uint> _dateStyles = [];
    private readonly IReadOnlyList<string> _headers;
    private readonly int _headerRow;

    public XlsxImportTable(byte[] bytes)
    {
        _bytes = new MemoryStream(bytes, writable: false);
        try
        {
            _document = SpreadsheetDocument.Open(_bytes, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            _bytes.Dispose();
            throw Unreadable();
        }

        try
        {
            var workbook = _document.WorkbookPart ?? throw Unreadable();
            var first = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw Unreadable();
            _sheet = first.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part ? part : throw Unreadable();
            ReadSharedStrings(workbook);
            ReadDateStyles(workbook);
            var header = Read().FirstOrDefault();
            _headers = header is null ? [] : [.. header.Cells.Select(c => c ?? "")];
            _headerRow = header?.Number ?? 0;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or System.Xml.XmlException)
        {
            Dispose();
            throw Unreadable();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public override string Format => "xlsx";

    public override string? Encoding => null;

    public override IReadOnlyList<string> Headers => _headers;

    public override IEnumerable<ImportRow> Rows => Read().SkipWhile(r => r.Number <= _headerRow);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _document?.Dispose();
            _bytes.Dispose();
        }

        base.Dispose(disposing);
    }

    private static ImportFileException Unreadable() =>
        new("import-file-unreadable", "The workbook cannot be read. Open it in Excel, save it again as an Excel workbook (.xlsx), and send that.");

    private IEnumerable<ImportRow> Read()
    {
        using var reader = OpenXmlReader.Create(_sheet);
        var previous = 0;
        while (Next(reader))
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (int)index : previous + 1;
            previous = number;
            var cells = new List<string?>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                next = column + 1;
                while (cells.Count < column)
                {
                    cells.Add(null);
                }

                var text = Text(cell);
                cells.Add(string.IsNullOrWhiteSpace(text) ? null : text.Trim());
            }

            if (cells.Any(c => c is not null))
            {
                yield return new ImportRow(number, cells);
            }
        }
    }

    /// <summary>The next element; a broken worksheet ends the import with a clear message, never half read.</summary>
    private static bool Next(OpenXmlReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or IOException)
        {
            throw Unreadable();
        }
    }

    private string? Text(Cell cell)
    {
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _sharedStrings.Count ? _sharedStrings[i] : null;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? StringItemText(inline) : value;
        }

        if (type == CellValues.Boolean)
        {
            return value == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.Date)
        {
            return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Day(date) : value;
        }

        if (type is null || type == CellValues.Number)
        {
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return value;
            }

            if (cell.StyleIndex?.Value is { } style && _dateStyles.Contains(style) && number is > 0 and < 2958466)
            {
                return Day(DateTime.FromOADate(number));
            }

            // Fifteen significant digits, as Excel shows them: 0.1 + 0.2 is 0.3, not 0.30000000000000004.
            return number.ToString("G15", CultureInfo.InvariantCulture);
        }

        return value;
    }

    private static string Day(DateTime date) =>
        date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A1 → 0, AB7 → 27.</summary>
    private static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = (column * 26) + (c - 'a' + 1);
            }
            else
            {
                break;
            }
        }

        return Math.Max(column - 1, 0);
    }

    private void ReadSharedStrings(WorkbookPart workbook)
    {
        if (workbook.SharedStringTablePart is not { } part)
        {
            return;
        }

        using var reader = OpenXmlReader.Create(part);
        while (Next(reader))
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                _sharedStrings.Add(StringItemText((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }
    }

    /// <summary>The text of a string item: its text, or its runs' texts, never the phonetic guide (ruby) text.</summary>
    private static string StringItemText(OpenXmlElement item)
    {
        if (item.GetFirstChild<Text>() is { } text)
        {
            return text.Text;
        }

        return string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
    }

    /// <summary>The cell formats that show a number as a date: Excel's built-in date formats (Chinese ones included) and custom ones with day, month or year.</summary>
    private void ReadDateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } formats)
        {
            return;
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var format in formats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            var isDate = custom.TryGetValue(id, out var code)
                ? new NumberFormat(code).IsDateTimeFormat
                : id is (>= 14 and <= 17) or 22 or (>= 27 and <= 36) or (>= 50 and <= 58);
            if (isDate)
            {
                _dateStyles.Add(index);
            }

            index++;
        }
    }
}
