using Lims.Application.Abstractions;
using Lims.Application.Features.Recall;
using Lims.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Lims.Application.Features.Recall.InternalRecipients;

namespace Lims.Benchmarks.RecallBaseline;

/// <summary>
/// A frozen copy of the step before the scan became set-based (issue 7): the benchmark's baseline.
/// Equipment in service whose latest calibration is valid until a day from today to today +
/// <see cref="RecallOptions.EquipmentReminderDays"/> (inclusive) gets one reminder to its standard's
/// custodian per due date. Past that day <see cref="EquipmentExpiredStep"/> takes it out of service.
/// </summary>
public sealed class BaselineEquipmentDueStep(ILimsDb db, IServiceScopeFactory scopes, IOptions<RecallOptions> options) : IReminderStep
{
    public NotificationKind Kind => NotificationKind.EquipmentCalibrationDue;

    public async Task<int> RunAsync(RecallScanContext scan, CancellationToken ct)
    {
        var today = scan.Today;
        var horizon = today.AddDays(options.Value.EquipmentReminderDays);
        var due = await EquipmentDueQuery.InService(db)
            .Where(e => e.DueOn >= today && e.DueOn <= horizon)
            .OrderBy(e => e.AssetNo)
            .ToListAsync(ct);
        return await ReminderBatches.WriteAsync(scopes, Kind, [.. due.Select(Draft)], scan, ct);
    }

    private static ReminderDraft Draft(EquipmentDueRow e) => new(
        e.AssetNo,
        e.DueOn,
        CustodianOf(e.LaboratoryName, e.StandardCode),
        $"计量标准 {e.StandardCode}（{e.StandardName}）的设备 {e.AssetNo}（{e.Name}，型号 {e.Model}，出厂编号 {e.SerialNumber}）校准有效期至{Zh(e.DueOn)}，请安排送校；逾期未校准将自动停用。",
        $"Equipment {e.AssetNo} ({e.Name}, model {e.Model}, serial number {e.SerialNumber}) of standard {e.StandardCode} ({e.StandardName}) is calibrated until {En(e.DueOn)}. Please have it calibrated; past that date it is taken out of service automatically.");
}
