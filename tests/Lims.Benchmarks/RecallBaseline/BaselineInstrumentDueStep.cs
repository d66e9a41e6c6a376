using System.Globalization;
using Lims.Application.Abstractions;
using Lims.Application.Features.Recall;
using Lims.Domain.Instruments;
using Lims.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Benchmarks.RecallBaseline;

/// <summary>
/// A frozen copy of the step before the scan became set-based (issue 7): the benchmark's baseline.
/// Rule 10: every instrument not retired whose next due date is within the window or past gets one
/// reminder to its customer per due date. Instruments never verified have no due date and are not
/// reminded here (a compulsory one is already overdue by law; the coverage report lists them).
/// One untracked, streamed read of the due instruments (a single pass, whatever the table size);
/// each batch is written in a scope of its own, so the change tracker never holds more than a batch.
/// </summary>
public sealed class BaselineInstrumentDueStep(ILimsDb db, IServiceScopeFactory scopes) : IReminderStep
{
    public NotificationKind Kind => NotificationKind.InstrumentDue;

    public async Task<int> RunAsync(RecallScanContext scan, CancellationToken ct)
    {
        var horizon = scan.Horizon;
        var due =
            from i in db.Instruments.AsNoTracking()
            where i.Status != InstrumentStatus.Retired && i.NextDueOn != null && i.NextDueOn <= horizon
            join t in db.InstrumentTypes on i.TypeCode equals t.Code
            join c in db.Customers on i.CustomerId equals c.Id
            select new DueInstrument(i.Id, i.NextDueOn!.Value, t.Name, i.Model, i.SerialNumber, c.Id, c.Name, c.ContactName, c.Phone, c.Email);
        var written = 0;
        var batch = new List<ReminderDraft>(scan.BatchSize);
        await foreach (var instrument in due.AsAsyncEnumerable().WithCancellation(ct))
        {
            batch.Add(Draft(instrument, scan.Today));
            if (batch.Count == scan.BatchSize)
            {
                written += await WriteAsync(batch, scan.Now, ct);
                batch.Clear();
            }
        }

        return written + await WriteAsync(batch, scan.Now, ct);
    }

    /// <summary>The subject key of an instrument's reminders: its id.</summary>
    public static string SubjectKey(Guid instrumentId) => instrumentId.ToString("D", CultureInfo.InvariantCulture);

    private async Task<int> WriteAsync(List<ReminderDraft> batch, DateTimeOffset now, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderWriter>().WriteAsync(Kind, batch, now, ct);
    }

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
