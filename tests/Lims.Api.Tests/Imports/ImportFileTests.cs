using System.Text;
using ClosedXML.Excel;
using Lims.Api.Tests.Support;
using static Lims.Api.Tests.Imports.ImportFiles;

namespace Lims.Api.Tests.Imports;

/// <summary>The file as a whole: templates, formats, encodings, columns, size and who may send it.</summary>
public sealed class ImportFileTests(string database) : ApiTest(database)
{
    [TestCase("customers", "送检单位", "统一社会信用代码")]
    [TestCase("instruments", "计量器具", "上次检定日期")]
    [TestCase("standards", "计量标准", "考核证书有效期至")]
    [TestCase("equipment", "标准器及配套设备", "校准证书编号")]
    [TestCase("users", "用户", "初始密码")]
    public async Task The_template_has_the_chinese_headers_an_example_row_and_a_note_on_each_column(string kind, string sheetName, string header)
    {
        var response = await Admin.GetAsync($"/api/imports/{kind}/template");
        await Expect.StatusAsync(response, 200);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));

        var sheet = workbook.Worksheet(1);
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            Assert.That(sheet.Name, Is.EqualTo(sheetName));
            Assert.That(headers, Does.Contain(header));
            Assert.That(sheet.LastRowUsed()!.RowNumber(), Is.EqualTo(2), "one example row");
            Assert.That(workbook.Worksheet(2).Name, Is.EqualTo("说明"));
            Assert.That(workbook.Worksheet(2).LastRowUsed()!.RowNumber(), Is.EqualTo(headers.Count + 1), "a note on each column");
        });
    }

    [Test]
    public async Task The_customers_template_imports_as_it_is()
    {
        var template = await (await Admin.GetAsync("/api/imports/customers/template")).Content.ReadAsByteArrayAsync();

        var report = await ImportAsync(Admin, "customers", template, dryRun: true);

        Assert.That(report.GetProperty("refusedRows").GetInt32(), Is.Zero, report.ToString());
    }

    [Test]
    public async Task A_file_without_a_required_column_is_refused_as_a_whole_naming_the_columns()
    {
        var file = Xlsx(["单位名称", "统一社会信用代码", "联系人"], ["江门市中心医院", CreditCodes.New(), "吴科长"]);

        var problem = await Expect.ProblemAsync(await UploadAsync(Admin, "customers", file, dryRun: true), 400, "import-columns-missing");

        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("联系电话").And.Contain("单位类别"));
    }

    [Test]
    public async Task Columns_are_found_by_their_header_in_any_order_and_by_the_apis_field_names()
    {
        var code = CreditCodes.New();
        var file = Csv(new UTF8Encoding(false), false, ["category", "phone", "district", "address", "contactName", "CreditCode", "name", "备注"],
            ["Market", "13902212345", "新会区", "江门市新会区会城", "梁主任", code, "江门市新会区会城农贸市场管理有限公司", "旧系统编号 0001"]);

        var report = await ImportAsync(Admin, "customers", file, dryRun: true);

        Assert.That(Counts(report), Is.EqualTo((1, 1, 0, 0)));
    }

    [TestCase(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "import-file-format")]
    [TestCase(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00 }, "import-file-unreadable")]
    [TestCase(new byte[] { 0x80, 0x41, 0x2C, 0x42, 0x0D, 0x0A }, "import-file-encoding")]
    [TestCase(new byte[0], "import-file-empty")]
    public async Task A_file_that_is_not_a_workbook_or_csv_text_is_400(byte[] file, string code) =>
        await Expect.ProblemAsync(await UploadAsync(Admin, "customers", file, dryRun: true), 400, code);

    [Test]
    public async Task An_upload_without_a_file_is_400()
    {
        using var content = new MultipartFormDataContent { { new StringContent("x"), "note" } };

        await Expect.ProblemAsync(await Admin.PostAsync("/api/imports/customers?dryRun=true", content), 400, "import-file-missing");
    }

    [Test]
    public async Task A_file_over_20_megabytes_is_413()
    {
        var file = new byte[(20 * 1024 * 1024) + 1];
        Array.Fill(file, (byte)'a');

        var response = await UploadAsync(Admin, "customers", file, dryRun: true);

        Assert.That((int)response.StatusCode, Is.EqualTo(413));
    }

    [Test]
    public async Task A_header_alone_is_zero_rows()
    {
        var report = await ImportAsync(Admin, "customers", Xlsx(["单位名称", "统一社会信用代码", "联系人", "联系电话", "地址", "所在区县", "单位类别"]), dryRun: true);

        Assert.That(Counts(report), Is.EqualTo((0, 0, 0, 0)));
    }

    [Test]
    public async Task Customers_and_instruments_are_imported_by_reception_and_not_by_a_technician()
    {
        var lab = await Host.LaboratoryAsync("City");
        var reception = await Host.SignInNewUserInAsync(lab, "Reception");
        var technician = await Host.SignInNewUserInAsync(lab, "Technician");
        var header = Xlsx(["单位名称", "统一社会信用代码", "联系人", "联系电话", "地址", "所在区县", "单位类别"]);

        await Expect.StatusAsync(await UploadAsync(reception, "customers", header, dryRun: true), 200);
        await Expect.StatusAsync(await UploadAsync(technician, "customers", header, dryRun: true), 403);
        await Expect.StatusAsync(await UploadAsync(technician, "instruments", header, dryRun: true), 403);
        await Expect.StatusAsync(await Host.Anonymous().GetAsync("/api/imports/customers/template"), 401);
    }

    [Test]
    public async Task An_unknown_kind_has_no_template_and_takes_no_file()
    {
        await Expect.StatusAsync(await Admin.GetAsync("/api/imports/certificates/template"), 404);

        // Since the interface is hosted with the API, routing answers a POST to any path without a
        // route 405 rather than 404 (not only here): either, never an import.
        var upload = (int)(await UploadAsync(Admin, "certificates", Xlsx(["x"]), dryRun: true)).StatusCode;
        Assert.That(upload, Is.EqualTo(404).Or.EqualTo(405));
    }
}
