using Lims.Application.Abstractions;
using Lims.Application.Features.Notifications.Texts;
using Lims.Application.Features.Recall;
using Lims.Domain.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Application.Tests.Recall;

/// <summary>
/// The words of the standards' and authorisations' reminders, rendered from their templates, read
/// exactly as the scan wrote them when it composed them itself (the expected strings are those
/// texts); the instruments' and equipment's are compared on every database in
/// <c>Lims.Api.Tests/Recall/SetBasedScanTests</c>. Today is 2026-03-02 in China.
/// </summary>
public sealed class ReminderTextTests
{
    private RecallDatabase _db = null!;

    private static DateOnly Today => RecallDatabase.Today;

    [SetUp]
    public async Task CreateDatabaseAsync() => _db = await RecallDatabase.CreateAsync(new Dictionary<string, string?>());

    [TearDown]
    public async Task DropDatabaseAsync() => await _db.DisposeAsync();

    [TestCase(100, "计量标准 JM-S-001（E2等级砝码标准装置）的考核证书 [2022]粤量标江证字第001号 有效期至2026年6月10日，请在到期前 6 个月内申请复查考核。",
        "The assessment certificate [2022]粤量标江证字第001号 of standard JM-S-001 (E2等级砝码标准装置) is valid until 2026-06-10. Apply for its re-assessment before then.")]
    [TestCase(-1, "计量标准 JM-S-001（E2等级砝码标准装置）的考核证书 [2022]粤量标江证字第001号 已于2026年3月1日到期，该标准不得再出具证书，请尽快申请复查考核。",
        "The assessment certificate [2022]粤量标江证字第001号 of standard JM-S-001 (E2等级砝码标准装置) expired on 2026-03-01; the standard cannot be cited. Apply for its re-assessment.")]
    public async Task A_standards_assessment_reminder_reads_as_before(int daysAhead, string zh, string en)
    {
        await _db.SeedAsync(assessmentValidUntil: Today.AddDays(daysAhead));

        await _db.ScanAsync();

        Assert.That(await _db.TextAsync((await _db.NotificationsAsync()).Single()), Is.EqualTo(new ReminderText(zh, en)));
    }

    [Test]
    public async Task An_authorisation_reminder_reads_as_before()
    {
        await _db.SeedAsync(assessmentValidUntil: Today.AddYears(3));
        await _db.AuthorizationAsync("李检定", "JDY-7", Today.AddDays(20));

        await _db.ScanAsync();

        Assert.That(await _db.TextAsync((await _db.NotificationsAsync()).Single()), Is.EqualTo(new ReminderText(
            "检定员 李检定 的 JJG 99-2022 项目资质（证书号 JDY-7）有效期至2026年3月22日，请安排复审或换证；到期后不得再从事该项目检定。",
            "The authorisation of 李检定 for JJG 99-2022 (certificate JDY-7) is valid until 2026-03-22. Arrange its renewal; after that date 李检定 may not perform JJG 99-2022.")));
    }

    [Test]
    public async Task The_words_name_the_subject_as_recorded_now_and_the_day_the_reminder_was_written()
    {
        await _db.SeedAsync(assessmentValidUntil: Today.AddYears(3));
        await _db.EquipmentAsync("JM-E-009", Today.AddDays(-1));
        await _db.ScanAsync();
        var reminder = (await _db.NotificationsAsync()).Single();

        var later = ReminderFacts.Of(reminder) with { WrittenOn = Today.AddDays(5) };
        await using var scope = _db.Services.CreateAsyncScope();
        var text = (await scope.ServiceProvider.GetRequiredService<ReminderTexts>().RenderAsync([later], CancellationToken.None))[0];

        Assert.That(text.Zh, Is.EqualTo("计量标准 JM-S-001（E2等级砝码标准装置）的设备 JM-E-009（E2等级砝码，型号 E2-1kg，出厂编号 WJM-E-009）校准有效期至2026年3月1日，已过期，已于2026年3月7日自动停用。重新校准后方可使用。"));
    }

    [Test]
    public async Task A_reminder_whose_subject_has_no_record_still_says_what_is_due_and_when()
    {
        await _db.SeedAsync(assessmentValidUntil: Today.AddYears(3));
        await using var scope = _db.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ILimsDb>();
        var gone = new Notification(NotificationKind.EquipmentCalibrationDue, "JM-E-404", Today.AddDays(3), InternalRecipients.QualityManagersOf(null), DateTimeOffset.UtcNow);
        db.Notifications.Add(gone);
        await db.SaveChangesAsync(CancellationToken.None);

        var text = (await scope.ServiceProvider.GetRequiredService<ReminderTexts>().RenderAsync([ReminderFacts.Of(gone)], CancellationToken.None))[0];

        Assert.That(text, Is.EqualTo(new ReminderText(
            "提醒（EquipmentCalibrationDue）：JM-E-404 的到期日为2026年3月5日。",
            "Reminder (EquipmentCalibrationDue): JM-E-404 is due on 2026-03-05.")));
    }
}
