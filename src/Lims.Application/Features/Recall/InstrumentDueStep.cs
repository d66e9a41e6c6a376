using System.Globalization;
using Lims.Application.Abstractions;
using Lims.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace Lims.Application.Features.Recall;

/// <summary>
/// Rule 10: every instrument not retired whose next due date is within the window or past gets one
/// reminder to its customer per due date, if rule 16 says so: under periodic compulsory verification
/// (by its type and use), or not under compulsory verification and its customer asked for reminders
/// (<c>Customer.RemindersRequested</c>); one verified initially only never. Instruments never verified
/// have no due date and are not reminded here (a compulsory one is already overdue by law; the
/// coverage report lists them).
/// Set-based: the due instruments are taken about <see cref="RecallOptions.InstrumentBatchSize"/> at a
/// time in due-date order (whole days: the index on the due date reads only the due ones), and each
/// batch is one <c>INSERT … SELECT</c> (<see cref="IReminderInserts.InstrumentDueAsync"/>), so no
/// instrument row is loaded into the process and each write holds the database briefly.
/// The statement writes the reminder's kind, subject, due date and recipient; its words are
/// <c>InstrumentDueText</c>'s, rendered when it is delivered or shown.
/// </summary>
public sealed class InstrumentDueStep(IReminderInserts inserts, IOptions<RecallOptions> options) : IReminderStep
{
    public NotificationKind Kind => NotificationKind.InstrumentDue;

    public async Task<int> RunAsync(RecallScanContext scan, CancellationToken ct)
    {
        var batchSize = Math.Max(1, options.Value.InstrumentBatchSize);
        var written = 0;
        DateOnly? after = null;
        do
        {
            var upTo = await inserts.InstrumentBatchEndAsync(scan, after, batchSize, ct);
            written += await inserts.InstrumentDueAsync(scan, after, upTo, ct);
            after = upTo;
        }
        while (after is not null);

        return written;
    }

    /// <summary>The subject key of an instrument's reminders: its id.</summary>
    public static string SubjectKey(Guid instrumentId) => instrumentId.ToString("D", CultureInfo.InvariantCulture);
}
