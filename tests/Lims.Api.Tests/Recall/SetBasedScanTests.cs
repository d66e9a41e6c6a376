using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Standards;
using Lims.Api.Tests.Support;
using Lims.Application.Features.Recall;
using Lims.Domain.Notifications;
using Lims.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Recall;

/// <summary>
/// The scan writes its reminders with each database's SQL: kind, subject, due date and the recipient
/// copied. Their words, rendered when they are shown (<c>GET /api/notifications</c>), must read exactly
/// as the texts the scan wrote before (the expected strings below), on every database.
/// </summary>
public sealed class SetBasedScanTests(string database) : ApiTest(database)
{
    private static DateOnly Today => StandardsData.Today;

    [Test]
    public async Task Instrument_reminders_read_as_before_due_and_overdue_with_the_customer_copied()
    {
        var desk = new ReceptionDesk(Admin);
        var type = await desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m);
        var name = "江门市蓬江区" + StandardsData.Code("M") + "市场";
        var customer = await Expect.JsonAsync(await Admin.PostAsJsonAsync("/api/customers", ReceptionDesk.Customer(name, email: "chen@example.cn")), 201);
        var customerId = customer.GetProperty("id").GetGuid();
        var dueOn = Today.AddDays(7);
        var overdueOn = Today.AddDays(-3);
        var (dueSerial, overdueSerial) = ("YS-" + StandardsData.Code("D"), "YS-" + StandardsData.Code("O"));
        var due = await InstrumentDueAsync(desk, customerId, type, dueSerial, dueOn);
        var overdue = await InstrumentDueAsync(desk, customerId, type, overdueSerial, overdueOn);

        await ScanAsync();
        await ScanAsync();

        var reminders = await RemindersAsync(NotificationKind.InstrumentDue, InstrumentDueStep.SubjectKey(due), InstrumentDueStep.SubjectKey(overdue));
        Assert.That(reminders, Has.Count.EqualTo(2), "one reminder each, however often the scan runs");
        var first = reminders.Single(r => r.SubjectKey == InstrumentDueStep.SubjectKey(due));
        var second = reminders.Single(r => r.SubjectKey == InstrumentDueStep.SubjectKey(overdue));
        var (firstZh, firstEn) = await ShownAsync(first);
        var (secondZh, secondEn) = await ShownAsync(second);
        Assert.Multiple(() =>
        {
            Assert.That(first.DueOn, Is.EqualTo(dueOn));
            Assert.That(first.CustomerId, Is.EqualTo(customerId));
            Assert.That((first.RecipientName, first.ContactName, first.Phone, first.Email), Is.EqualTo((name, "陈经理", "0750-3123456", "chen@example.cn")));
            Assert.That((first.Status, first.Attempts, first.Version), Is.EqualTo((NotificationStatus.Pending, 0, 1)));
            Assert.That(first.NextAttemptAt, Is.EqualTo(first.CreatedAt));
            Assert.That(firstZh, Is.EqualTo($"陈经理您好：贵单位（{name}）的电子计价秤（型号 ACS-15，出厂编号 {dueSerial}）下次检定日期为{Zh(dueOn)}，请在此日期前送检。"));
            Assert.That(firstEn, Is.EqualTo($"Dear 陈经理, the 电子计价秤 (model ACS-15, serial number {dueSerial}) of {name} is due for verification on {En(dueOn)}. Please bring it to the laboratory before that date."));
            Assert.That(secondZh, Is.EqualTo($"陈经理您好：贵单位（{name}）的电子计价秤（型号 ACS-15，出厂编号 {overdueSerial}）应于{Zh(overdueOn)}检定，现已逾期，请尽快送检。"));
            Assert.That(secondEn, Is.EqualTo($"Dear 陈经理, the 电子计价秤 (model ACS-15, serial number {overdueSerial}) of {name} was due for verification on {En(overdueOn)} and is overdue. Please bring it to the laboratory as soon as possible."));
            Assert.That(first.Id, Is.Not.EqualTo(second.Id));
        });
    }

    [Test]
    public async Task Equipment_reminders_read_as_before_and_expired_equipment_is_taken_out_with_an_audit_entry()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var dueSoon = await data.WeightSetAsync();
        var expired = await data.WeightSetAsync();
        await Expect.StatusAsync(await data.CalibrateAsync(dueSoon, Today.AddYears(-1), Today.AddDays(10)), 201);
        await Expect.StatusAsync(await data.CalibrateAsync(expired, Today.AddYears(-1).AddDays(-1), Today.AddDays(-1)), 201);

        await ScanAsync();
        await ScanAsync();

        var calibrationDue = (await RemindersAsync(NotificationKind.EquipmentCalibrationDue, dueSoon)).Single();
        var calibrationExpired = (await RemindersAsync(NotificationKind.EquipmentCalibrationExpired, expired)).Single();
        var standard = $"计量标准 {data.Standard}（E2等级砝码标准装置）的设备 ";
        var (dueZh, dueEn) = await ShownAsync(calibrationDue, data.Quality);
        var (expiredZh, expiredEn) = await ShownAsync(calibrationExpired, data.Quality);
        Assert.Multiple(() =>
        {
            Assert.That((calibrationDue.CustomerId, calibrationDue.RecipientName, calibrationDue.ContactName, calibrationDue.Phone, calibrationDue.Email), Is.EqualTo(((Guid?)null, "江门市计量测试所", $"{InternalRecipients.Custodian} ({data.Standard})", "", (string?)null)));
            Assert.That(dueZh, Is.EqualTo($"{standard}{dueSoon}（E2等级砝码组 1 mg–500 g，型号 E2-500，出厂编号 2301457）校准有效期至{Zh(Today.AddDays(10))}，请安排送校；逾期未校准将自动停用。"));
            Assert.That(dueEn, Is.EqualTo($"Equipment {dueSoon} (E2等级砝码组 1 mg–500 g, model E2-500, serial number 2301457) of standard {data.Standard} (E2等级砝码标准装置) is calibrated until {En(Today.AddDays(10))}. Please have it calibrated; past that date it is taken out of service automatically."));
            Assert.That((calibrationExpired.CustomerId, calibrationExpired.RecipientName, calibrationExpired.ContactName, calibrationExpired.Phone, calibrationExpired.Email), Is.EqualTo(((Guid?)null, "江门市计量测试所", InternalRecipients.QualityManagers, "", (string?)null)));
            Assert.That(calibrationExpired.DueOn, Is.EqualTo(Today.AddDays(-1)));
            Assert.That(expiredZh, Is.EqualTo($"{standard}{expired}（E2等级砝码组 1 mg–500 g，型号 E2-500，出厂编号 2301457）校准有效期至{Zh(Today.AddDays(-1))}，已过期，已于{Zh(Today)}自动停用。重新校准后方可使用。"));
            Assert.That(expiredEn, Is.EqualTo($"Equipment {expired} (E2等级砝码组 1 mg–500 g, model E2-500, serial number 2301457) of standard {data.Standard} (E2等级砝码标准装置) was calibrated until {En(Today.AddDays(-1))} and was taken out of service on {En(Today)}. It may be used again once recalibrated."));
        });
        var piece = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/equipment/{expired}"), 200);
        Assert.That(piece.GetProperty("status").GetString(), Is.EqualTo("OutOfService"));
        Assert.That(await StatusChangesAsync(data.Quality, expired), Is.EqualTo(new[] { "InService→OutOfService" }));
    }

    [Test]
    public async Task Equipment_the_scan_took_out_for_expiry_returns_to_service_when_recalibrated_with_an_audit_entry()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var expired = await data.WeightSetAsync();
        var repair = await data.WeightSetAsync();
        await Expect.StatusAsync(await data.CalibrateAsync(expired, Today.AddYears(-1).AddDays(-1), Today.AddDays(-1)), 201);
        await Expect.StatusAsync(await data.CalibrateAsync(repair, Today.AddYears(-1).AddDays(-1), Today.AddDays(-1)), 201);
        await ScanAsync();
        await Host.TakeOutOfServiceAsync(repair, Today, "送修");

        await Expect.StatusAsync(await data.CalibrateAsync(expired, Today, Today.AddYears(1)), 201);
        await Expect.StatusAsync(await data.CalibrateAsync(repair, Today, Today.AddYears(1)), 201);

        var returned = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/equipment/{expired}"), 200);
        var stays = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/equipment/{repair}"), 200);
        var changes = await StatusChangesAsync(data.Quality, expired);
        Assert.Multiple(() =>
        {
            Assert.That(returned.GetProperty("status").GetString(), Is.EqualTo("InService"));
            Assert.That(changes, Is.EqualTo(new[] { "InService→OutOfService", "OutOfService→InService" }));
            Assert.That(stays.GetProperty("status").GetString(), Is.EqualTo("OutOfService"));
            Assert.That(stays.GetProperty("statusReason").GetString(), Is.EqualTo("送修"));
        });
    }

    private static string Zh(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string En(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The reminder's words as the list of reminders shows them (to <paramref name="reader"/>: a laboratory's reminders are its own, rule 12).</summary>
    private async Task<(string? Zh, string? En)> ShownAsync(Notification reminder, HttpClient? reader = null)
    {
        var page = await Expect.JsonAsync(await (reader ?? Admin).GetAsync($"/api/notifications?kind={reminder.Kind}&pageSize=100"), 200);
        var shown = page.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("id").GetGuid() == reminder.Id);
        return (shown.GetProperty("messageZh").GetString(), shown.GetProperty("messageEn").GetString());
    }

    private async Task<Guid> InstrumentDueAsync(ReceptionDesk desk, Guid customer, string type, string serial, DateOnly dueOn) =>
        await Host.MakeDueAsync(await desk.InstrumentAsync(null, customer, type, serial), dueOn);

    private Task ScanAsync() => Host.RunRecallScanAsync();

    private async Task<List<Notification>> RemindersAsync(NotificationKind kind, params string[] subjectKeys)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LimsDbContext>().Notifications.AsNoTracking()
            .Where(n => n.Kind == kind && subjectKeys.Contains(n.SubjectKey))
            .ToListAsync();
    }

    /// <summary>The equipment's status changes in the audit trail, oldest first, as "before→after".</summary>
    private static async Task<string[]> StatusChangesAsync(HttpClient reader, string assetNo)
    {
        var audit = await Expect.JsonAsync(await reader.GetAsync($"/api/audit?entity=Equipment&key={assetNo}&pageSize=100"), 200);
        // The trail lists the newest first.
        return [.. audit.GetProperty("items").EnumerateArray().Reverse()
            .Where(a => a.GetProperty("changes").TryGetProperty("status", out var s) && s.TryGetProperty("before", out var b) && b.ValueKind == JsonValueKind.String)
            .Select(a => a.GetProperty("changes").GetProperty("status"))
            .Select(status => status.GetProperty("before").GetString() + "→" + status.GetProperty("after").GetString())];
    }
}
