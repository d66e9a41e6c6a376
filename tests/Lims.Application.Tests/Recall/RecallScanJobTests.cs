using Lims.Application.Features.Recall;
using Lims.Domain.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Application.Tests.Recall;

/// <summary>The <c>recall-scan</c> job on a real SQLite file, with a fake clock (today is 2026-03-02 in China).</summary>
public sealed class RecallScanJobTests
{
    private RecallDatabase _db = null!;

    private static DateOnly Today => RecallDatabase.Today;

    [SetUp]
    public async Task CreateDatabaseAsync() => _db = await RecallDatabase.CreateAsync(new Dictionary<string, string?> { ["Recall:BatchSize"] = "7", ["Recall:InstrumentBatchSize"] = "7" });

    [TearDown]
    public async Task DropDatabaseAsync() => await _db.DisposeAsync();

    [Test]
    public async Task An_instrument_due_within_the_window_gets_one_reminder_to_its_customer()
    {
        var (customer, type) = await _db.CustomerAndTypeAsync();
        var instrument = await _db.InstrumentAsync(customer, type, Today.AddDays(10), "YS-DUE-1");

        Assert.That(await _db.ScanAsync(), Is.EqualTo(1));

        var reminder = (await _db.NotificationsAsync()).Single();
        var text = await _db.TextAsync(reminder);
        Assert.Multiple(() =>
        {
            Assert.That(reminder.Kind, Is.EqualTo(NotificationKind.InstrumentDue));
            Assert.That(reminder.SubjectKey, Is.EqualTo(InstrumentDueStep.SubjectKey(instrument)));
            Assert.That(reminder.DueOn, Is.EqualTo(Today.AddDays(10)));
            Assert.That(reminder.CustomerId, Is.EqualTo(customer));
            Assert.That(reminder.ContactName, Is.EqualTo("陈经理"));
            Assert.That(reminder.Phone, Is.EqualTo("0750-3123456"));
            Assert.That(reminder.Email, Is.EqualTo("chen@example.cn"));
            Assert.That(reminder.Status, Is.EqualTo(NotificationStatus.Pending));
            Assert.That(text.Zh, Does.Contain("电子计价秤").And.Contain("YS-DUE-1").And.Contain("2026年3月12日"));
            Assert.That(text.En, Does.Contain("YS-DUE-1").And.Contain("2026-03-12").And.Contain("is due"));
        });
    }

    [Test]
    public async Task An_overdue_instrument_is_reminded_that_it_is_overdue()
    {
        var (customer, type) = await _db.CustomerAndTypeAsync();
        await _db.InstrumentAsync(customer, type, Today.AddDays(-40));

        Assert.That(await _db.ScanAsync(), Is.EqualTo(1));

        var text = await _db.TextAsync((await _db.NotificationsAsync()).Single());
        Assert.Multiple(() =>
        {
            Assert.That(text.Zh, Does.Contain("逾期"));
            Assert.That(text.En, Does.Contain("overdue"));
        });
    }

    [TestCase(0, true)]
    [TestCase(29, true)]
    [TestCase(30, true)]
    [TestCase(31, false)]
    [TestCase(200, false)]
    public async Task Due_in_exactly_the_window_is_reminded_one_day_more_is_not(int daysAhead, bool reminded)
    {
        var (customer, type) = await _db.CustomerAndTypeAsync();
        await _db.InstrumentAsync(customer, type, Today.AddDays(daysAhead));

        Assert.That(await _db.ScanAsync(), Is.EqualTo(reminded ? 1 : 0));
    }

    [Test]
    public async Task The_window_is_counted_in_china_time()
    {
        var (customer, type) = await _db.CustomerAndTypeAsync();
        await _db.InstrumentAsync(customer, type, Today.AddDays(31));

        // 2026-03-02T16:30Z is already 2026-03-03 00:30 in Jiangmen: 31 days ahead is now 30.
        _db.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 16, 30, 0, TimeSpan.Zero));

        Assert.That(await _db.ScanAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Retired_and_never_verified_instruments_are_not_reminded()
    {
        var (customer, type) = await _db.CustomerAndTypeAsync();
        var retired = await _db.InstrumentAsync(customer, type, Today.AddDays(5));
        await _db.RetireAsync(retired);
        await _db.InstrumentAsync(customer, type, dueOn: null);

        Assert.That(await _db.ScanAsync(), Is.Zero);
    }

    [Test]
    public async Task Running_the_scan_again_writes_no_duplicate()
    {
        var (customer, type) = await _db.CustomerAndTypeAsync();
        for (var i = 0; i < 20; i++)
        {
            await _db.InstrumentAsync(customer, type, Today.AddDays(i - 5));
        }

        await _db.InstrumentAsync(customer, type, Today.AddDays(31));

        Assert.That(await _db.ScanAsync(), Is.EqualTo(20));
        _db.Clock.Advance(TimeSpan.FromDays(1));
        Assert.That(await _db.ScanAsync(), Is.EqualTo(1), "one more instrument entered the window overnight");
        Assert.That(await _db.ScanAsync(), Is.Zero);
        Assert.That(await _db.NotificationsAsync(), Has.Count.EqualTo(21));
    }

    [Test]
    public async Task Two_scans_at_once_write_each_reminder_once()
    {
        var (customer, type) = await _db.CustomerAndTypeAsync();
        for (var i = 0; i < 40; i++)
        {
            await _db.InstrumentAsync(customer, type, Today.AddDays(i % 30));
        }

        await using var first = _db.Services.CreateAsyncScope();
        await using var second = _db.Services.CreateAsyncScope();
        var results = await Task.WhenAll(
            RecallDatabase.ScanJob(first).RunAsync(CancellationToken.None),
            RecallDatabase.ScanJob(second).RunAsync(CancellationToken.None));

        var notifications = await _db.NotificationsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(results.Sum(r => r.Total), Is.EqualTo(40));
            Assert.That(notifications, Has.Count.EqualTo(40));
            Assert.That(notifications.Select(n => n.SubjectKey).Distinct().Count(), Is.EqualTo(40));
        });
    }

    [Test]
    public async Task A_new_due_date_after_a_verification_is_reminded_again()
    {
        var (customer, type) = await _db.CustomerAndTypeAsync();
        var serial = "YS-AGAIN";
        await _db.InstrumentAsync(customer, type, Today.AddDays(3), serial);
        Assert.That(await _db.ScanAsync(), Is.EqualTo(1));

        // A year later the next due date is a new subject for the same instrument.
        _db.Clock.Advance(TimeSpan.FromDays(365));
        await using (var scope = _db.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Abstractions.ILimsDb>();
            var instrument = db.Instruments.Single(i => i.SerialNumber == serial);
            instrument.RecordVerification(Today.AddDays(3), db.InstrumentTypes.Single(t => t.Code == instrument.TypeCode));
            await db.SaveChangesAsync(CancellationToken.None);
        }

        Assert.That(await _db.ScanAsync(), Is.EqualTo(1));
        Assert.That((await _db.NotificationsAsync()).Select(n => n.DueOn), Is.EqualTo(new[] { Today.AddDays(3), Today.AddDays(3).AddMonths(12) }));
    }
}
