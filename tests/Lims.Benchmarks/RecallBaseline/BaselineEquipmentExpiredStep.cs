using Lims.Application.Abstractions;
using Lims.Application.Features.Recall;
using Lims.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Lims.Application.Features.Recall.InternalRecipients;

namespace Lims.Benchmarks.RecallBaseline;

/// <summary>
/// A frozen copy of the step before the scan became set-based (issue 7): the benchmark's baseline.
/// Rule 10: equipment still in service whose latest calibration was valid until a day before today
/// (valid until today is still valid) is taken out of service, and the quality managers get one
/// reminder per piece and due date. A set-based <c>ExecuteUpdate</c> would bypass
/// <see cref="Domain.Standards.Equipment.TakeOutOfService"/> and the audit interceptor, so the
/// overdue pieces (a few thousand at most) are loaded in batches and changed through the domain
/// method: the audit trail records each change. The reminders of a batch are written first, so a
/// scan interrupted in between finds the pieces again, skips their reminders and takes them out.
/// </summary>
public sealed class BaselineEquipmentExpiredStep(ILimsDb db, IServiceScopeFactory scopes) : IReminderStep
{
    private const int MaxRounds = 1000;

    public NotificationKind Kind => NotificationKind.EquipmentCalibrationExpired;

    public async Task<int> RunAsync(RecallScanContext scan, CancellationToken ct)
    {
        var today = scan.Today;
        var written = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            // Each round takes the batch it read out of service, so the next read finds the next ones.
            var overdue = await EquipmentDueQuery.InService(db)
                .Where(e => e.DueOn < today)
                .OrderBy(e => e.AssetNo)
                .Take(scan.BatchSize)
                .ToListAsync(ct);
            if (overdue.Count == 0)
            {
                break;
            }

            written += await ReminderBatches.WriteAsync(scopes, Kind, [.. overdue.Select(e => Draft(e, today))], scan, ct);
            await TakeOutOfServiceAsync(overdue, today, ct);
        }

        return written;
    }

    /// <summary>The status reason an overdue piece is taken out of service with.</summary>
    public static string Reason(DateOnly validUntil) => $"calibration expired on {En(validUntil)} (校准有效期至{Zh(validUntil)}已过期; taken out of service by the recall scan)";

    private async Task TakeOutOfServiceAsync(List<EquipmentDueRow> overdue, DateOnly today, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var batchDb = scope.ServiceProvider.GetRequiredService<ILimsDb>();
        var dueById = overdue.ToDictionary(e => e.Id, e => e.DueOn);
        var ids = dueById.Keys.ToList();
        var pieces = await batchDb.Equipment
            .Where(e => ids.Contains(e.Id) && e.Status == Domain.Standards.EquipmentStatus.InService)
            .ToListAsync(ct);
        foreach (var piece in pieces)
        {
            piece.TakeOutOfService(today, Reason(dueById[piece.Id]));
        }

        try
        {
            await batchDb.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A scan in another worker (or a user) changed some of them first: the next round reads again.
        }
    }

    private static ReminderDraft Draft(EquipmentDueRow e, DateOnly today) => new(
        e.AssetNo,
        e.DueOn,
        QualityManagersOf(e.LaboratoryName),
        $"计量标准 {e.StandardCode}（{e.StandardName}）的设备 {e.AssetNo}（{e.Name}，型号 {e.Model}，出厂编号 {e.SerialNumber}）校准有效期至{Zh(e.DueOn)}，已过期，已于{Zh(today)}自动停用。重新校准后方可使用。",
        $"Equipment {e.AssetNo} ({e.Name}, model {e.Model}, serial number {e.SerialNumber}) of standard {e.StandardCode} ({e.StandardName}) was calibrated until {En(e.DueOn)} and was taken out of service on {En(today)}. It may be used again once recalibrated.");
}
