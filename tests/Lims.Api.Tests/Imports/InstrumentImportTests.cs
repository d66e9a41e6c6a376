using Lims.Api.Tests.Recall;
using Lims.Api.Tests.Support;
using Lims.Application.Common;
using static Lims.Api.Tests.Imports.ImportFiles;

namespace Lims.Api.Tests.Imports;

/// <summary>
/// Instruments brought in with their last verification from before Lims: each gets its due date by
/// rule 10 and the recall scan reminds its customer; refused rows by row and column; the same file twice.
/// </summary>
public sealed class InstrumentImportTests(string database) : ApiTest(database)
{
    private static readonly string[] Headers =
        ["送检单位统一社会信用代码", "器具类别", "制造厂", "型号规格", "出厂编号", "测量范围", "准确度等级", "用途", "安装使用地点", "上次检定证书编号", "上次检定机构", "上次检定日期", "上次检定结论"];

    private ReceptionDesk Desk => new(Admin);

    private static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    [Test]
    public async Task Imported_instruments_are_due_by_their_last_verification_and_the_scan_reminds_their_customer()
    {
        var (customer, creditCode) = await CustomerAsync();
        var type = await Desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m, intervalMonths: 12);
        var dueSoon = Today.AddDays(10).AddMonths(-12);
        var (soon, later, never) = (Serial(), Serial(), Serial());
        var file = Xlsx(Headers,
            Row(creditCode, type, soon, "粤JL2025-000101", dueSoon, "合格"),
            Row(creditCode, type, later, "粤JL2025-000102", Today.AddMonths(-2), "合格"),
            Row(creditCode, type, never));

        var report = await ImportAsync(Admin, "instruments", file, dryRun: false);
        var listed = await Expect.JsonAsync(await Admin.GetAsync($"/api/instruments?customerId={customer}&pageSize=10"), 200);
        var bySerial = listed.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("serialNumber").GetString()!);
        await Host.RunRecallScanAsync();
        var reminders = await Expect.JsonAsync(await Admin.GetAsync($"/api/notifications?kind=InstrumentDue&customerId={customer}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(Counts(report), Is.EqualTo((3, 3, 0, 0)));
            Assert.That(bySerial[soon].GetProperty("lastVerifiedOn").GetString(), Is.EqualTo(Iso(dueSoon)));
            Assert.That(bySerial[soon].GetProperty("nextDueOn").GetString(), Is.EqualTo(Iso(dueSoon.AddMonths(12))));
            Assert.That(bySerial[later].GetProperty("nextDueOn").GetString(), Is.EqualTo(Iso(Today.AddMonths(10))));
            Assert.That(bySerial[never].GetProperty("lastVerifiedOn").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            var reminder = reminders.GetProperty("items").EnumerateArray().Single();
            Assert.That(reminder.GetProperty("subjectKey").GetString(), Is.EqualTo(bySerial[soon].GetProperty("id").GetString()));
            Assert.That(reminder.GetProperty("dueOn").GetString(), Is.EqualTo(Iso(dueSoon.AddMonths(12))));
        });
    }

    [Test]
    public async Task A_dry_run_refuses_rows_by_row_and_column_and_writes_nothing()
    {
        var (customer, creditCode) = await CustomerAsync();
        var type = await Desk.InstrumentTypeAsync("一般压力表", compulsory: true, fee: 50m, intervalMonths: 6);
        var taken = Serial();
        await Desk.InstrumentAsync(Admin, (await CustomerAsync()).Id, type, taken);
        var file = Xlsx(Headers,
            Row(creditCode, type, Serial()),
            Row(CreditCodes.New(), type, Serial()),
            Row(creditCode, "UNKNOWN-TYPE", Serial()),
            Row(creditCode, type, taken),
            Row(creditCode, type, Serial(), "粤JL2025-1", Today.AddDays(3), "合格"),
            Row(creditCode, type, Serial(), "粤JL2025-2", "2025-13-45", "合格"),
            Row(creditCode, type, Serial(), "粤JL2025-3", null, "合格"),
            Row(creditCode, type, Serial(), usage: "自用"),
            Row(creditCode, type, ""));

        var report = await ImportAsync(Admin, "instruments", file, dryRun: true);
        var listed = await Expect.JsonAsync(await Admin.GetAsync($"/api/instruments?customerId={customer}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(Counts(report), Is.EqualTo((9, 1, 0, 8)));
            Assert.That(Refusals(report), Is.EqualTo(new[]
            {
                (3, "送检单位统一社会信用代码", "unknown-customer"),
                (4, "器具类别", "unknown-instrument-type"),
                (5, "出厂编号", "duplicate-instrument"),
                (6, "上次检定日期", "prior-verification-in-future"),
                (7, "上次检定日期", "invalid-date"),
                (8, "上次检定日期", "required"),
                (9, "用途", "invalid-value"),
                (10, "出厂编号", "required"),
            }));
            Assert.That(listed.GetProperty("total").GetInt32(), Is.Zero);
        });
    }

    [Test]
    public async Task The_same_file_twice_adds_nothing_the_second_time_and_a_type_may_be_named()
    {
        var (customer, creditCode) = await CustomerAsync();
        var type = await Desk.InstrumentTypeAsync("出租汽车计价器" + Guid.NewGuid().ToString("N")[..6], compulsory: true, fee: 60m);
        var name = (await Expect.JsonAsync(await Admin.GetAsync($"/api/instrument-types/{type}"), 200)).GetProperty("name").GetString()!;
        var serial = Serial();
        var file = Csv(new System.Text.UTF8Encoding(true), byteOrderMark: true, Headers,
            Row(creditCode, name, serial, "JM-JD-2025-000777", Today.AddMonths(-1), "合格"),
            Row(creditCode, type, Serial()));

        var first = await ImportAsync(Admin, "instruments", file, dryRun: false);
        var second = await ImportAsync(Admin, "instruments", file, dryRun: false);
        var listed = await Expect.JsonAsync(await Admin.GetAsync($"/api/instruments?customerId={customer}"), 200);
        var instrument = listed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("serialNumber").GetString() == serial);

        Assert.Multiple(() =>
        {
            Assert.That(Counts(first), Is.EqualTo((2, 2, 0, 0)));
            Assert.That(Counts(second), Is.EqualTo((2, 0, 2, 0)));
            Assert.That(listed.GetProperty("total").GetInt32(), Is.EqualTo(2));
            Assert.That(instrument.GetProperty("typeCode").GetString(), Is.EqualTo(type));
            Assert.That(instrument.GetProperty("priorVerification").GetProperty("certificateNo").GetString(), Is.EqualTo("JM-JD-2025-000777"));
        });
    }

    [Test]
    public async Task An_instrument_given_twice_in_a_file_is_refused_the_second_time()
    {
        var (_, creditCode) = await CustomerAsync();
        var type = await Desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m);
        var serial = Serial();

        var report = await ImportAsync(Admin, "instruments", Xlsx(Headers, Row(creditCode, type, serial), Row(creditCode, type, serial)), dryRun: true);

        Assert.Multiple(() =>
        {
            Assert.That(Counts(report), Is.EqualTo((2, 1, 0, 1)));
            Assert.That(Refusals(report), Is.EqualTo(new[] { (3, "出厂编号", "duplicate-instrument") }));
        });
    }

    private async Task<(Guid Id, string CreditCode)> CustomerAsync()
    {
        var customer = await Desk.CustomerAsync(Admin);
        return (customer.GetProperty("id").GetGuid(), customer.GetProperty("creditCode").GetString()!);
    }

    private static string Serial() => "SN" + Guid.NewGuid().ToString("N")[..10];

    private static object?[] Row(string creditCode, string type, string serial, string? certificateNo = null, object? performedOn = null, string? conclusion = null, string usage = "贸易结算") =>
        [creditCode, type, "上海友声衡器有限公司", "ACS-15", serial, "(0~15) kg", "Ⅲ", usage, "生鲜区 3 号摊位",
            certificateNo, certificateNo is null ? null : "江门市计量测试所", performedOn, conclusion];
}
