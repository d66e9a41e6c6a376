using Lims.Application.Abstractions;
using Lims.Application.Features.Notifications;
using Lims.Application.Features.Recall;
using Lims.Domain.Auditing;
using Lims.Domain.Notifications;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Application.Tests.Recall;

/// <summary>The equipment, standard and authorisation steps of the <c>recall-scan</c> (rule 10), today 2026-03-02 in China.</summary>
public sealed class StandardsRecallTests
{
    private RecallDatabase _db = null!;

    private static DateOnly Today => RecallDatabase.Today;

    [SetUp]
    public async Task CreateDatabaseAsync()
    {
        _db = await RecallDatabase.CreateAsync(new Dictionary<string, string?> { ["Recall:BatchSize"] = "3" });
        await _db.SeedAsync(assessmentValidUntil: Today.AddYears(3));
    }

    [TearDown]
    public async Task DropDatabaseAsync() => await _db.DisposeAsync();

    [Test]
    public async Task Equipment_valid_until_today_is_still_in_service_and_its_custodian_is_reminded()
    {
        await _db.EquipmentAsync("JM-E-001", Today);

        Assert.That(await _db.ScanAsync(), Is.EqualTo(1));

        var reminder = (await _db.NotificationsAsync()).Single();
        var equipment = await _db.FindEquipmentAsync("JM-E-001");
        var text = await _db.TextAsync(reminder);
        Assert.Multiple(() =>
        {
            Assert.That(equipment.Status, Is.EqualTo(EquipmentStatus.InService));
            Assert.That(reminder.Kind, Is.EqualTo(NotificationKind.EquipmentCalibrationDue));
            Assert.That(reminder.SubjectKey, Is.EqualTo("JM-E-001"));
            Assert.That(reminder.DueOn, Is.EqualTo(Today));
            Assert.That(reminder.CustomerId, Is.Null);
            Assert.That(reminder.Email, Is.Null);
            Assert.That(reminder.RecipientName, Is.EqualTo("江门市计量检定测试所"));
            Assert.That(reminder.ContactName, Does.StartWith(InternalRecipients.Custodian));
            Assert.That(text.Zh, Does.Contain("JM-E-001").And.Contain("2026年3月2日"));
        });
    }

    [TestCase(30, true)]
    [TestCase(31, false)]
    public async Task Equipment_due_within_30_days_is_reminded(int daysAhead, bool reminded)
    {
        await _db.EquipmentAsync("JM-E-002", Today.AddDays(daysAhead));

        Assert.That(await _db.ScanAsync(), Is.EqualTo(reminded ? 1 : 0));
    }

    [Test]
    public async Task Overdue_equipment_is_taken_out_of_service_with_an_audit_entry()
    {
        var validUntil = Today.AddDays(-1);
        await _db.EquipmentAsync("JM-E-003", validUntil);

        Assert.That(await _db.ScanAsync(), Is.EqualTo(1));

        var equipment = await _db.FindEquipmentAsync("JM-E-003");
        var reminder = (await _db.NotificationsAsync()).Single();
        await using var scope = _db.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<ILimsDb>().AuditTrail
            .Where(a => a.Entity == nameof(Equipment) && a.Key == "JM-E-003" && a.Action == AuditAction.Update)
            .ToListAsync();
        Assert.Multiple(() =>
        {
            Assert.That(equipment.Status, Is.EqualTo(EquipmentStatus.OutOfService));
            Assert.That(equipment.StatusSince, Is.EqualTo(Today));
            Assert.That(equipment.StatusReason, Does.StartWith("calibration expired on 2026-03-01"));
            Assert.That(equipment.OutOfServiceCause, Is.EqualTo(OutOfServiceCause.ExpiredCalibration));
            Assert.That(reminder.Kind, Is.EqualTo(NotificationKind.EquipmentCalibrationExpired));
            Assert.That(reminder.DueOn, Is.EqualTo(validUntil));
            Assert.That(reminder.ContactName, Is.EqualTo(InternalRecipients.QualityManagers));
            Assert.That(audit, Has.Count.EqualTo(1));
            Assert.That(audit[0].User, Is.EqualTo("system"));
            Assert.That(audit[0].Changes, Does.Contain("OutOfService").And.Contain("calibration expired"));
        });
    }

    [Test]
    public async Task Running_twice_writes_no_duplicate_and_takes_nothing_out_twice()
    {
        for (var i = 0; i < 7; i++)
        {
            await _db.EquipmentAsync($"JM-X-{i:D3}", Today.AddDays(-1 - i));
            await _db.EquipmentAsync($"JM-D-{i:D3}", Today.AddDays(i));
        }

        await _db.AuthorizationAsync("李检定", "JDY-1", Today.AddDays(10));

        Assert.That(await _db.ScanAsync(), Is.EqualTo(15));
        Assert.That(await _db.ScanAsync(), Is.Zero);

        var notifications = await _db.NotificationsAsync();
        await using var scope = _db.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ILimsDb>();
        Assert.Multiple(async () =>
        {
            Assert.That(notifications, Has.Count.EqualTo(15));
            Assert.That(notifications.Count(n => n.Kind == NotificationKind.EquipmentCalibrationExpired), Is.EqualTo(7));
            Assert.That(await db.Equipment.CountAsync(e => e.Status == EquipmentStatus.OutOfService), Is.EqualTo(7));
            Assert.That(await db.AuditTrail.CountAsync(a => a.Entity == nameof(Equipment) && a.Action == AuditAction.Update), Is.EqualTo(7));
        });
    }

    [TestCase(0, 0, true)]
    [TestCase(6, 0, true)]
    [TestCase(6, 1, false)]
    [TestCase(0, -1, true)]
    public async Task A_standard_whose_assessment_expires_within_6_months_is_reminded(int months, int days, bool reminded)
    {
        await using (var scope = _db.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ILimsDb>().MeasurementStandards
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.AssessmentValidUntil, Today.AddMonths(months).AddDays(days)));
        }

        Assert.That(await _db.ScanAsync(), Is.EqualTo(reminded ? 1 : 0));
        if (reminded)
        {
            var reminder = (await _db.NotificationsAsync()).Single();
            Assert.Multiple(() =>
            {
                Assert.That(reminder.Kind, Is.EqualTo(NotificationKind.StandardAssessmentDue));
                Assert.That(reminder.SubjectKey, Is.EqualTo(StandardsData.Standard));
                Assert.That(reminder.ContactName, Is.EqualTo(InternalRecipients.QualityManagers));
            });
        }
    }

    [TestCase(0, true)]
    [TestCase(60, true)]
    [TestCase(61, false)]
    [TestCase(-1, false)]
    public async Task An_authorisation_expiring_within_60_days_is_reminded(int daysAhead, bool reminded)
    {
        var id = await _db.AuthorizationAsync("李检定", "JDY-2", Today.AddDays(daysAhead));

        Assert.That(await _db.ScanAsync(), Is.EqualTo(reminded ? 1 : 0));
        if (reminded)
        {
            var reminder = (await _db.NotificationsAsync()).Single();
            var text = await _db.TextAsync(reminder);
            Assert.Multiple(() =>
            {
                Assert.That(reminder.Kind, Is.EqualTo(NotificationKind.AuthorizationExpiring));
                Assert.That(reminder.SubjectKey, Is.EqualTo(AuthorizationExpiringStep.SubjectKey(id)));
                Assert.That(text.Zh, Does.Contain("李检定").And.Contain(StandardsData.Procedure));
            });
        }
    }

    [Test]
    public async Task A_renewed_authorisation_is_not_reminded()
    {
        await _db.AuthorizationAsync("李检定", "JDY-3", Today.AddDays(20));
        await _db.AuthorizationAsync("李检定", "JDY-4", Today.AddYears(5));

        Assert.That(await _db.ScanAsync(), Is.Zero);
    }

    [Test]
    public async Task Internal_reminders_go_to_the_quality_manager_address_or_fail_without_one()
    {
        await _db.EquipmentAsync("JM-E-004", Today.AddDays(3));
        await _db.ScanAsync();

        await _db.DeliverAsync();

        var reminder = (await _db.NotificationsAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(reminder.Status, Is.EqualTo(NotificationStatus.Failed));
            Assert.That(reminder.LastError, Is.EqualTo(NotificationDeliveryHandler.NoQualityManagerAddress));
        });

        await using var configured = await RecallDatabase.CreateAsync(new Dictionary<string, string?> { ["Notifications:QualityManagerEmail"] = " qm@jmjl.example.cn " });
        await configured.SeedAsync(assessmentValidUntil: Today.AddMonths(1));
        await configured.ScanAsync();
        await configured.DeliverAsync();

        var addressed = (await configured.NotificationsAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(addressed.Email, Is.EqualTo("qm@jmjl.example.cn"));
            Assert.That(addressed.Status, Is.EqualTo(NotificationStatus.Pending), "no SMTP configured here: it waits, addressed");
        });
    }
}
