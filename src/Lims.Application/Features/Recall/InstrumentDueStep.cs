using System.Globalization;
using Lims.Application.Abstractions;
using Lims.Domain.Instruments;
using Lims.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Recall;

/// <summary>
/// Rule 10: every instrument not retired whose next due date is within the window or past gets one
/// reminder to its customer per due date. Instruments never verified have no due date and are not
/// reminded here (a compulsory one is already overdue by law; the coverage report lists them).
/// Reads in keyset batches by id, untracked; writes each batch once.
/// </summary>
public sealed class InstrumentDueStep(ILimsDb db, ReminderWriter writer) : IReminderStep
{
    public NotificationKind Kind => NotificationKind.InstrumentDue;

    public async Task<int> RunAsync(RecallScanContext scan, CancellationToken ct)
    {
        var horizon = scan.Horizon;
        var written = 0;
        var after = Guid.Empty;
        while (true)
        {
            var start = after;
            var batch = await (
                    from i in db.Instruments.AsNoTracking()
                    where i.Id > start && i.Status != InstrumentStatus.Retired && i.NextDueOn != null && i.NextDueOn <= horizon
                    join t in db.InstrumentTypes on i.TypeCode equals t.Code
                    join c in db.Customers on i.CustomerId equals c.Id
                    orderby i.Id
                    select new DueInstrument(i.Id, i.NextDueOn!.Value, t.Name, i.Model, i.SerialNumber, c.Id, c.Name, c.ContactName, c.Phone, c.Email))
                .Take(scan.BatchSize)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                return written;
            }

            written += await writer.WriteAsync(Kind, batch.Select(i => Draft(i, scan.Today)).ToList(), scan.Now, ct);
            after = batch[^1].Id;
        }
    }

    /// <summary>The subject key of an instrument's reminders: its id.</summary>
    public static string SubjectKey(Guid instrumentId) => instrumentId.ToString("D", CultureInfo.InvariantCulture);

    private static ReminderDraft Draft(DueInstrument i, DateOnly today)
    {
        var due = i.DueOn;
        var zhDate = due.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        var enDate = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var overdue = due < today;
        var zh = overdue
            ? $"{i.ContactName}您好：贵单位（{i.CustomerName}）的{i.TypeName}（型号 {i.Model}，出厂编号 {i.SerialNumber}）应于{zhDate}检定，现已逾期，请尽快送检。"
            : $"{i.ContactName}您好：贵单位（{i.CustomerName}）的{i.TypeName}（型号 {i.Model}，出厂编号 {i.SerialNumber}）下次检定日期为{zhDate}，请在此日期前送检。";
        var en = overdue
            ? $"Dear {i.ContactName}, the {i.TypeName} (model {i.Model}, serial number {i.SerialNumber}) of {i.CustomerName} was due for verification on {enDate} and is overdue. Please bring it to the laboratory as soon as possible."
            : $"Dear {i.ContactName}, the {i.TypeName} (model {i.Model}, serial number {i.SerialNumber}) of {i.CustomerName} is due for verification on {enDate}. Please bring it to the laboratory before that date.";
        return new ReminderDraft(SubjectKey(i.Id), due, new NotificationRecipient(i.CustomerId, i.CustomerName, i.ContactName, i.Phone, i.Email), zh, en);
    }

    private sealed record DueInstrument(Guid Id, DateOnly DueOn, string TypeName, string Model, string SerialNumber, Guid CustomerId, string CustomerName, string ContactName, string Phone, string? Email);
}
