using System.Text;
using Lims.Api.Tests.Support;
using static Lims.Api.Tests.Imports.ImportFiles;

namespace Lims.Api.Tests.Imports;

/// <summary>Customers brought in from a file: refused rows by row and column, a dry run that writes nothing, the same file twice, audited, GB18030.</summary>
public sealed class CustomerImportTests(string database) : ApiTest(database)
{
    private static readonly string[] Headers = ["单位名称", "统一社会信用代码", "联系人", "联系电话", "地址", "所在区县", "单位类别", "电子邮箱"];

    [Test]
    public async Task A_dry_run_reports_each_refused_row_by_row_and_column_and_writes_nothing()
    {
        var (good, other) = (CreditCodes.New(), CreditCodes.New());
        var file = Xlsx(Headers,
            Row("江门市蓬江区华润万家超市有限公司", good),
            Row("台山市广海镇海产品交易市场", "91440703MA4UJ8K204"),
            Row("江门市中心医院", other, phone: "12345"),
            Row("江门市粤运出租汽车有限公司", good, category: "出租车"),
            Row("鹤山市沙坪街道社区卫生服务中心", CreditCodes.New(), category: "卫生院"));

        var report = await ImportAsync(Admin, "customers", file, dryRun: true);
        var found = await Expect.JsonAsync(await Admin.GetAsync($"/api/customers?query={good}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(Counts(report), Is.EqualTo((5, 1, 0, 4)));
            Assert.That(report.GetProperty("dryRun").GetBoolean(), Is.True);
            Assert.That(report.GetProperty("format").GetString(), Is.EqualTo("xlsx"));
            Assert.That(Refusals(report), Is.EqualTo(new[]
            {
                (3, "统一社会信用代码", "invalid-value"),
                (4, "联系电话", "invalid-value"),
                (5, "统一社会信用代码", "duplicate-credit-code"),
                (6, "单位类别", "invalid-value"),
            }));
            Assert.That(report.GetProperty("refused")[3].GetProperty("message").GetString(), Does.Contain("集贸市场"));
            Assert.That(found.GetProperty("total").GetInt32(), Is.Zero, "a dry run writes nothing");
        });
    }

    [Test]
    public async Task A_real_run_writes_the_accepted_rows_audited_and_the_same_file_again_adds_nothing()
    {
        var (first, second) = (CreditCodes.New(), CreditCodes.New());
        var file = Xlsx(Headers,
            Row("江门市蓬江区华润万家超市有限公司", first, email: "chen@example.cn"),
            Row("江门市中心医院", second, category: "医疗卫生"),
            Row("无效单位", "123"));

        var imported = await ImportAsync(Admin, "customers", file, dryRun: false);
        var again = await ImportAsync(Admin, "customers", file, dryRun: false);
        var dryAgain = await ImportAsync(Admin, "customers", file, dryRun: true);
        var customer = (await Expect.JsonAsync(await Admin.GetAsync($"/api/customers?query={second}"), 200)).GetProperty("items").EnumerateArray().Single();
        var trail = await Expect.JsonAsync(await Admin.GetAsync($"/api/audit?entity=Customer&key={customer.GetProperty("id").GetGuid()}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(Counts(imported), Is.EqualTo((3, 2, 0, 1)));
            Assert.That(Counts(again), Is.EqualTo((3, 0, 2, 1)), "the same file again: nothing new");
            Assert.That(Counts(dryAgain), Is.EqualTo((3, 0, 2, 1)));
            Assert.That(customer.GetProperty("name").GetString(), Is.EqualTo("江门市中心医院"));
            Assert.That(customer.GetProperty("category").GetString(), Is.EqualTo("Medical"));
            var line = trail.GetProperty("items").EnumerateArray().Single();
            Assert.That((line.GetProperty("action").GetString(), line.GetProperty("user").GetString()), Is.EqualTo(("Insert", "admin")));
        });
    }

    [Test]
    public async Task A_credit_code_registered_under_another_name_is_refused_and_a_code_twice_in_the_file_is_refused_the_second_time()
    {
        var code = CreditCodes.New();
        await ImportAsync(Admin, "customers", Xlsx(Headers, Row("江门市蓬江区华润万家超市有限公司", code)), dryRun: false);
        var twice = CreditCodes.New();

        var report = await ImportAsync(Admin, "customers", Xlsx(Headers,
            Row("江门市新会区会城农贸市场管理有限公司", code),
            Row("江门市中心医院", twice),
            Row("江门市人民医院", twice)), dryRun: false);

        Assert.Multiple(() =>
        {
            Assert.That(Counts(report), Is.EqualTo((3, 1, 0, 2)));
            Assert.That(Refusals(report), Is.EqualTo(new[] { (2, "统一社会信用代码", "duplicate-credit-code"), (4, "统一社会信用代码", "duplicate-credit-code") }));
            Assert.That(report.GetProperty("refused")[0].GetProperty("message").GetString(), Does.Contain("江门市蓬江区华润万家超市有限公司"));
        });
    }

    [Test]
    public async Task A_csv_file_in_gb18030_is_read_as_gb18030()
    {
        var code = CreditCodes.New();
        var file = Csv(Gb18030, byteOrderMark: false, Headers, Row("江门市新会区会城农贸市场管理有限公司", code, address: "江门市新会区会城镇“中心”路 8 号, 二楼"));

        var report = await ImportAsync(Admin, "customers", file, dryRun: false);
        var customer = (await Expect.JsonAsync(await Admin.GetAsync($"/api/customers?query={code}"), 200)).GetProperty("items").EnumerateArray().Single();

        Assert.Multiple(() =>
        {
            Assert.That((report.GetProperty("format").GetString(), report.GetProperty("encoding").GetString()), Is.EqualTo(("csv", "GB18030")));
            Assert.That(Counts(report), Is.EqualTo((1, 1, 0, 0)));
            Assert.That(customer.GetProperty("name").GetString(), Is.EqualTo("江门市新会区会城农贸市场管理有限公司"));
            Assert.That(customer.GetProperty("address").GetString(), Is.EqualTo("江门市新会区会城镇“中心”路 8 号, 二楼"));
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_csv_file_in_utf8_with_or_without_a_byte_order_mark_is_read_as_utf8(bool byteOrderMark)
    {
        var code = CreditCodes.New();
        var file = Csv(new UTF8Encoding(byteOrderMark), byteOrderMark, Headers, Row("鹤山市沙坪街道社区卫生服务中心", code, category: "医疗卫生"));

        var report = await ImportAsync(Admin, "customers", file, dryRun: true);

        Assert.Multiple(() =>
        {
            Assert.That(report.GetProperty("encoding").GetString(), Is.EqualTo("UTF-8"));
            Assert.That(Counts(report), Is.EqualTo((1, 1, 0, 0)));
        });
    }

    private static object?[] Row(string name, string creditCode, string phone = "0750-3123456", string category = "集贸市场", string? email = null, string address = "广东省江门市蓬江区万达广场 1 层") =>
        [name, creditCode, "陈经理", phone, address, "蓬江区", category, email];
}
