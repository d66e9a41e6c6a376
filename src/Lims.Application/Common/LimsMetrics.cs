using System.Diagnostics.Metrics;
using Lims.Domain.Certificates;
using Lims.Domain.Notifications;

namespace Lims.Application.Common;

/// <summary>
/// The work the laboratory gets done, as counters of the meter <c>Lims</c>: submissions taken in,
/// certificates issued by kind, reminders sent by kind and given up by reason. Exported with the rest of the
/// metrics when OpenTelemetry is on (docs/operations.md); the meter comes from the host's
/// <see cref="IMeterFactory"/>, so each host (and each test's) counts its own.
/// </summary>
public sealed class LimsMetrics
{
    public const string MeterName = "Lims";

    /// <summary>A reminder given up because its recipient has no address (a customer without e-mail, no quality managers' mailbox).</summary>
    public const string NoAddress = "no-address";

    /// <summary>A reminder given up after its last delivery attempt failed.</summary>
    public const string Undeliverable = "undeliverable";

    private readonly Counter<long> _submissions;
    private readonly Counter<long> _certificates;
    private readonly Counter<long> _remindersSent;
    private readonly Counter<long> _remindersFailed;

    public LimsMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _submissions = meter.CreateCounter<long>("lims.submissions.taken", "{submission}", "Submissions registered at the desk (a replayed retry is not counted again).");
        _certificates = meter.CreateCounter<long>("lims.certificates.issued", "{certificate}", "Certificates issued, amendments included, by kind.");
        _remindersSent = meter.CreateCounter<long>("lims.reminders.sent", "{reminder}", "Reminders delivered, by kind.");
        _remindersFailed = meter.CreateCounter<long>("lims.reminders.failed", "{reminder}", "Reminders given up, by reason: no-address or undeliverable (every attempt failed).");
    }

    public void SubmissionTaken() => _submissions.Add(1);

    public void CertificateIssued(CertificateKind kind) => _certificates.Add(1, new KeyValuePair<string, object?>("kind", kind.ToString()));

    public void ReminderSent(NotificationKind kind) => _remindersSent.Add(1, new KeyValuePair<string, object?>("kind", kind.ToString()));

    public void RemindersFailed(int count, string reason)
    {
        if (count > 0)
        {
            _remindersFailed.Add(count, new KeyValuePair<string, object?>("reason", reason));
        }
    }
}
