using Lims.Application.Abstractions;
using Lims.Domain.Notifications;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Application.Features.Recall;

/// <summary>
/// Rule 10: equipment still in service whose latest calibration was valid until a day before today
/// (valid until today is still valid) is taken out of service, and the quality managers get one
/// reminder per piece and due date. The reminders are one <c>INSERT … SELECT</c>
/// (<see cref="IReminderInserts.EquipmentExpiredAsync"/>), written first, so a scan interrupted
/// before the pieces are taken out finds them again, skips their reminders and takes them out. Taking
/// them out goes through <see cref="Equipment.TakeOutOfServiceForExpiredCalibration"/> and the audit
/// interceptor (a set-based <c>ExecuteUpdate</c> would leave no audit entry): the overdue pieces
/// (a few thousand at most) are loaded <see cref="RecallScanContext.BatchSize"/> at a time.
/// The words are <c>EquipmentCalibrationExpiredText</c>'s.
/// </summary>
public sealed class EquipmentExpiredStep(ILimsDb db, IReminderInserts inserts, IServiceScopeFactory scopes) : IReminderStep
{
    private const int MaxRounds = 1000;

    public NotificationKind Kind => NotificationKind.EquipmentCalibrationExpired;

    public async Task<int> RunAsync(RecallScanContext scan, CancellationToken ct)
    {
        var today = scan.Today;
        var written = await inserts.EquipmentExpiredAsync(scan, ct);
        for (var round = 0; round < MaxRounds; round++)
        {
            // Each round takes the batch it read out of service, so the next read finds the next ones.
            var overdue = await EquipmentDueQuery.InService(db)
                .Where(e => e.DueOn < today)
                .OrderBy(e => e.AssetNo)
                .Select(e => new { e.Id, e.DueOn })
                .Take(scan.BatchSize)
                .ToDictionaryAsync(e => e.Id, e => e.DueOn, ct);
            if (overdue.Count == 0)
            {
                break;
            }

            await TakeOutOfServiceAsync(overdue, today, ct);
        }

        return written;
    }

    private async Task TakeOutOfServiceAsync(Dictionary<Guid, DateOnly> dueById, DateOnly today, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var batchDb = scope.ServiceProvider.GetRequiredService<ILimsDb>();
        var ids = dueById.Keys.ToList();
        var pieces = await batchDb.Equipment
            .Where(e => ids.Contains(e.Id) && e.Status == EquipmentStatus.InService)
            .ToListAsync(ct);
        foreach (var piece in pieces)
        {
            piece.TakeOutOfServiceForExpiredCalibration(today, dueById[piece.Id]);
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
}
