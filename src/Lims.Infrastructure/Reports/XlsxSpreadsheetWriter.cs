using ClosedXML.Excel;
using Lims.Application.Abstractions.Reports;

namespace Lims.Infrastructure.Reports;

/// <summary>
/// .xlsx through ClosedXML. Column widths are set, not measured: measuring text
/// (<c>AdjustToContents</c>) needs System.Drawing fonts, which Linux servers do not have.
/// </summary>
internal sealed class XlsxSpreadsheetWriter : ISpreadsheetWriter
{
    public byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows) =>
        Write([new SpreadsheetSheet(sheetName, headers, rows)]);

    public byte[] Write(IReadOnlyList<SpreadsheetSheet> sheets)
    {
        using var workbook = new XLWorkbook();
        foreach (var (sheetName, headers, rows) in sheets)
        {
            Add(workbook, sheetName, headers, rows);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Add(XLWorkbook workbook, string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var sheet = workbook.Worksheets.Add(sheetName);
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
            sheet.Column(c + 1).Width = Math.Clamp(headers[c].Length * 2, 12, 50);
        }

        sheet.Row(1).Style.Font.Bold = true;
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                switch (row[c])
                {
                    case null:
                        break;
                    case string s:
                        cell.SetValue(s);
                        break;
                    case bool b:
                        cell.SetValue(b);
                        break;
                    case int i:
                        cell.SetValue(i);
                        break;
                    case long l:
                        cell.SetValue(l);
                        break;
                    case decimal d:
                        cell.SetValue(d);
                        break;
                    case var other:
                        cell.SetValue(other.ToString());
                        break;
                }
            }

            r++;
        }

        sheet.SheetView.FreezeRows(1);
    }
}
