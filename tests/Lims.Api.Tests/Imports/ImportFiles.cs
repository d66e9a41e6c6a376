using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Imports;

/// <summary>Import files as people make them (an Excel workbook, a CSV file in UTF-8 or GB18030) and their upload.</summary>
internal static class ImportFiles
{
    static ImportFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>A workbook whose first sheet holds the header and the rows; a DateOnly becomes a date cell, null an empty one.</summary>
    public static byte[] Xlsx(string[] headers, params object?[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("导入");
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
        }

        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case DateOnly day:
                        cell.SetValue(day.ToDateTime(TimeOnly.MinValue));
                        cell.Style.DateFormat.Format = "yyyy/m/d";
                        break;
                    case int number:
                        cell.SetValue(number);
                        break;
                    case var text:
                        cell.SetValue(Convert.ToString(text, CultureInfo.InvariantCulture));
                        break;
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>CSV text in <paramref name="encoding"/>, with a byte-order mark when asked; cells are quoted when they need it.</summary>
    public static byte[] Csv(Encoding encoding, bool byteOrderMark, string[] headers, params object?[][] rows)
    {
        var text = new StringBuilder();
        foreach (var line in rows.Prepend(headers))
        {
            text.Append(string.Join(',', line.Select(Quote))).Append("\r\n");
        }

        var bytes = encoding.GetBytes(text.ToString());
        return byteOrderMark ? [.. encoding.GetPreamble(), .. bytes] : bytes;
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string kind, byte[] file, bool dryRun, string fileName = "import.xlsx")
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "file", fileName);
        return await client.PostAsync(new Uri($"/api/imports/{kind}?dryRun={(dryRun ? "true" : "false")}", UriKind.Relative), content);
    }

    /// <summary>Uploads and expects a 200 report.</summary>
    public static async Task<JsonElement> ImportAsync(HttpClient client, string kind, byte[] file, bool dryRun) =>
        await Expect.JsonAsync(await UploadAsync(client, kind, file, dryRun), 200);

    /// <summary>The report's refusals as (row, column, code).</summary>
    public static (int Row, string Column, string Code)[] Refusals(JsonElement report) =>
        [.. report.GetProperty("refused").EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("column").GetString()!, r.GetProperty("code").GetString()!))];

    /// <summary>(rows, accepted, unchanged, refused rows).</summary>
    public static (int Rows, int Accepted, int Unchanged, int Refused) Counts(JsonElement report) =>
        (report.GetProperty("rows").GetInt32(), report.GetProperty("accepted").GetInt32(), report.GetProperty("unchanged").GetInt32(), report.GetProperty("refusedRows").GetInt32());

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(object? cell)
    {
        var text = cell switch
        {
            null => "",
            DateOnly day => Iso(day),
            _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
