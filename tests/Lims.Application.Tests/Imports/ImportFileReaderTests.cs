using System.Text;
using ClosedXML.Excel;
using Lims.Application.Abstractions.Imports;
using Lims.Infrastructure.Imports;

namespace Lims.Application.Tests.Imports;

/// <summary>Import files read as people make them: Excel's date cells, gaps, CSV quoting, and the encoding found, never guessed.</summary>
public sealed class ImportFileReaderTests
{
    private static readonly ImportFileReader Reader = new();

    static ImportFileReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Test]
    public void Dates_in_any_date_format_read_as_iso_days_and_numbers_as_excel_shows_them()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("器具");
        sheet.Cell("A1").SetValue("日期");
        sheet.Cell("B1").SetValue("数");
        sheet.Cell("C1").SetValue("文本");
        sheet.Cell("A2").SetValue(new DateTime(2025, 9, 15));
        sheet.Cell("A2").Style.NumberFormat.NumberFormatId = 31;
        sheet.Cell("B2").SetValue(0.1 + 0.2);
        sheet.Cell("C2").SetValue("  出厂编号 001  ");
        sheet.Cell("A3").SetValue(new DateTime(2024, 2, 29));
        sheet.Cell("A3").Style.DateFormat.Format = "yyyy\"年\"m\"月\"d\"日\"";
        sheet.Cell("B3").SetValue(12345678);

        var rows = Read(Save(workbook), out var table);

        Assert.Multiple(() =>
        {
            Assert.That(table, Is.EqualTo(("xlsx", (string?)null, new[] { "日期", "数", "文本" })));
            Assert.That(rows[0], Is.EqualTo((2, new[] { "2025-09-15", "0.3", "出厂编号 001" })));
            Assert.That(rows[1], Is.EqualTo((3, new[] { "2024-02-29", "12345678" })));
        });
    }

    [Test]
    public void Empty_rows_are_skipped_and_each_row_keeps_its_number_and_its_columns()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("用户");
        sheet.Cell("A1").SetValue("甲");
        sheet.Cell("C1").SetValue("丙");
        sheet.Cell("C3").SetValue("第三行");
        sheet.Cell("A5").SetValue("第五行");

        var rows = Read(Save(workbook), out var table);

        Assert.Multiple(() =>
        {
            Assert.That(table.Headers, Is.EqualTo(new[] { "甲", "", "丙" }));
            Assert.That(rows, Has.Count.EqualTo(2));
            Assert.That(rows[0], Is.EqualTo((3, new string?[] { null, null, "第三行" })));
            Assert.That(rows[1], Is.EqualTo((5, new string?[] { "第五行" })));
        });
    }

    [Test]
    public void A_csv_field_may_hold_commas_quotes_and_line_breaks_and_rows_are_numbered_as_records()
    {
        var csv = "名称,地址\r\n\"江门市\"\"中心\"\"医院\",\"蓬江区,\r\n北街 1 号\"\r\n鹤山,沙坪\r\n";

        var rows = Read(Encoding.UTF8.GetBytes(csv), out _);

        Assert.Multiple(() =>
        {
            Assert.That(rows[0], Is.EqualTo((2, new[] { "江门市\"中心\"医院", "蓬江区,\r\n北街 1 号" })));
            Assert.That(rows[1], Is.EqualTo((3, new[] { "鹤山", "沙坪" })));
        });
    }

    [TestCase("台山市广海镇海产品交易市场", "GB18030")]
    [TestCase("江门市蓬江区华润万家超市有限公司", "GB18030")]
    [TestCase("ASCII only 12345", "UTF-8")]
    public void A_csv_file_without_a_byte_order_mark_is_utf8_when_it_decodes_strictly_and_else_gb18030(string name, string expected)
    {
        var bytes = (expected == "GB18030" ? Encoding.GetEncoding("GB18030") : Encoding.UTF8).GetBytes($"名称\r\n{name}\r\n".Replace("名称", expected == "GB18030" ? "名称" : "name", StringComparison.Ordinal));

        var rows = Read(bytes, out var table);

        Assert.Multiple(() =>
        {
            Assert.That(table.Encoding, Is.EqualTo(expected));
            Assert.That(rows.Single().Cells, Is.EqualTo(new[] { name }));
        });
    }

    [Test]
    public void A_semicolon_or_tab_separated_file_is_read_by_its_separator()
    {
        var rows = Read(Encoding.UTF8.GetBytes("名称;区县\r\n江门市中心医院;蓬江区\r\n"), out var table);

        Assert.Multiple(() =>
        {
            Assert.That(table.Headers, Is.EqualTo(new[] { "名称", "区县" }));
            Assert.That(rows.Single().Cells, Is.EqualTo(new[] { "江门市中心医院", "蓬江区" }));
        });
    }

    [Test]
    public void A_file_in_neither_utf8_nor_gb18030_is_refused()
    {
        var refused = Assert.Throws<ImportFileException>(() => Reader.Open(new MemoryStream([0x41, 0x0D, 0x0A, 0x80, 0xFF, 0x80])));

        Assert.That(refused!.Code, Is.EqualTo("import-file-encoding"));
    }

    private static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static List<(int Number, string?[] Cells)> Read(byte[] file, out (string Format, string? Encoding, string[] Headers) table)
    {
        using var opened = Reader.Open(new MemoryStream(file));
        table = (opened.Format, opened.Encoding, [.. opened.Headers]);
        return [.. opened.Rows.Select(r => (r.Number, r.Cells.ToArray()))];
    }
}
