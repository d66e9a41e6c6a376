using System.Text;
using Lims.Application.Features.Notifications;
using Lims.Domain.Notifications;
using MimeKit;

namespace Lims.Application.Tests.Recall;

/// <summary>The <c>notification-delivery</c> job against a real SMTP listener on 127.0.0.1.</summary>
public sealed class NotificationDeliveryJobTests
{
    private LoopbackSmtpServer _smtp = null!;
    private RecallDatabase _db = null!;

    private static DateOnly Today => RecallDatabase.Today;

    [SetUp]
    public async Task StartAsync()
    {
        _smtp = new LoopbackSmtpServer();
        _db = await RecallDatabase.CreateAsync(new Dictionary<string, string?>
        {
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:Security"] = "None",
            ["Notifications:Smtp:From"] = "recall@jmjl.example.cn",
            ["Notifications:Delivery:MaxAttempts"] = "3",
            ["Notifications:Delivery:FirstRetryMinutes"] = "5",
        });
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _db.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Test]
    public async Task A_pending_reminder_is_e_mailed_and_marked_sent()
    {
        var (customer, type) = await _db.CustomerAndTypeAsync("chen@example.cn");
        await _db.InstrumentAsync(customer, type, Today.AddDays(20), "YS-MAIL-1");
        await _db.ScanAsync();

        await _db.DeliverAsync();

        var notification = (await _db.NotificationsAsync()).Single();
        var mail = _smtp.Messages.Single();
        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(mail.Data)));
        Assert.Multiple(() =>
        {
            Assert.That(notification.Status, Is.EqualTo(NotificationStatus.Sent));
            Assert.That(notification.Attempts, Is.EqualTo(1));
            Assert.That(notification.SentAt, Is.EqualTo(_db.Clock.GetUtcNow()));
            Assert.That(mail.From, Is.EqualTo("<recall@jmjl.example.cn>"));
            Assert.That(mail.To, Is.EqualTo(new[] { "<chen@example.cn>" }));
            Assert.That(message.Subject, Does.Contain("检定到期提醒"));
            Assert.That(message.TextBody, Does.Contain("YS-MAIL-1").And.Contain("陈经理您好").And.Contain("Dear 陈经理"));
        });

        await _db.DeliverAsync();
        Assert.That(_smtp.Messages, Has.Count.EqualTo(1), "a sent reminder is not sent again");
    }

    [Test]
    public async Task A_refused_delivery_is_retried_after_a_growing_wait_then_failed_with_the_error_kept()
    {
        _smtp.RefuseRecipientsWith = "550 5.1.1 mailbox unavailable";
        var (customer, type) = await _db.CustomerAndTypeAsync("nobody@example.cn");
        await _db.InstrumentAsync(customer, type, Today.AddDays(20));
        await _db.ScanAsync();

        await _db.DeliverAsync();
        var first = (await _db.NotificationsAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(first.Status, Is.EqualTo(NotificationStatus.Pending));
            Assert.That(first.Attempts, Is.EqualTo(1));
            Assert.That(first.LastError, Does.Contain("mailbox unavailable"));
            Assert.That(first.NextAttemptAt, Is.EqualTo(_db.Clock.GetUtcNow().AddMinutes(5)));
        });

        await _db.DeliverAsync();
        Assert.That((await _db.NotificationsAsync()).Single().Attempts, Is.EqualTo(1), "not before its wait is over");

        _db.Clock.Advance(TimeSpan.FromMinutes(5));
        await _db.DeliverAsync();
        var second = (await _db.NotificationsAsync()).Single();
        Assert.That(second.NextAttemptAt, Is.EqualTo(_db.Clock.GetUtcNow().AddMinutes(10)), "the wait doubles");

        _db.Clock.Advance(TimeSpan.FromMinutes(10));
        await _db.DeliverAsync();
        var last = (await _db.NotificationsAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(last.Status, Is.EqualTo(NotificationStatus.Failed));
            Assert.That(last.Attempts, Is.EqualTo(3));
            Assert.That(last.LastError, Does.Contain("mailbox unavailable"));
            Assert.That(last.NextAttemptAt, Is.Null);
            Assert.That(_smtp.Messages, Is.Empty);
        });
    }

    [Test]
    public async Task A_customer_without_e_mail_is_failed_at_once_to_be_phoned()
    {
        var (customer, type) = await _db.CustomerAndTypeAsync(email: null);
        await _db.InstrumentAsync(customer, type, Today.AddDays(20));
        await _db.ScanAsync();

        await _db.DeliverAsync();

        var notification = (await _db.NotificationsAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(notification.Status, Is.EqualTo(NotificationStatus.Failed));
            Assert.That(notification.LastError, Is.EqualTo(NotificationDeliveryHandler.NoAddress));
            Assert.That(notification.Attempts, Is.Zero);
            Assert.That(notification.Phone, Is.EqualTo("0750-3123456"));
            Assert.That(_smtp.Messages, Is.Empty);
        });
    }

    [Test]
    public async Task Without_an_smtp_server_configured_reminders_stay_pending()
    {
        await using var unconfigured = await RecallDatabase.CreateAsync();
        var (customer, type) = await unconfigured.CustomerAndTypeAsync("chen@example.cn");
        await unconfigured.InstrumentAsync(customer, type, Today.AddDays(20));
        await unconfigured.ScanAsync();

        await unconfigured.DeliverAsync();

        var notification = (await unconfigured.NotificationsAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(notification.Status, Is.EqualTo(NotificationStatus.Pending));
            Assert.That(notification.Attempts, Is.Zero);
        });
    }
}
