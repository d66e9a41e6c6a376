using Lims.Application.Abstractions;
using Lims.Application.Abstractions.Certificates;
using Lims.Domain.Common;
using Lims.Domain.Standards;
using Lims.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Standards;

/// <summary>The register of standards and equipment as work orders use it (rules 5, 6 and 7).</summary>
public sealed class EquipmentRegister(ILimsDb db) : IEquipmentRegister
{
    public async Task<IReadOnlyList<EquipmentUse>> CheckUsesAsync(WorkOrder workOrder, IReadOnlyList<string> assetNos, DateOnly performedOn, CancellationToken ct)
    {
        var uses = new List<EquipmentUse>();
        foreach (var (equipment, standard) in await LoadAsync(assetNos, ct))
        {
            if (standard.LaboratoryCode != workOrder.LaboratoryCode)
            {
                throw new DomainRuleException(StandardsRuleCodes.EquipmentOfAnotherLaboratory,
                    $"Equipment {equipment.AssetNo} is not in the register of laboratory {workOrder.LaboratoryCode}. The results of work order {workOrder.Number} may cite only that laboratory's own equipment.");
            }

            equipment.EnsureUsableOn(performedOn, workOrder.ProcedureCode, standard);
            uses.Add(new EquipmentUse(workOrder.Id, equipment.Id, equipment.CalibrationOn(performedOn)?.Id, performedOn));
        }

        return uses;
    }

    public async Task ReplaceUsesAsync(Guid workOrderId, IReadOnlyList<EquipmentUse> uses, CancellationToken ct)
    {
        // Through the change tracker, not a set-based delete: the audit trail records each use removed.
        db.EquipmentUses.RemoveRange(await db.EquipmentUses.Where(u => u.WorkOrderId == workOrderId).ToListAsync(ct));
        db.EquipmentUses.AddRange(uses);
    }

    public async Task<IReadOnlyList<CertificateEquipment>> DescribeAsync(IReadOnlyList<string> assetNos, DateOnly performedOn, CancellationToken ct) =>
        [.. (await LoadAsync(assetNos, ct)).Select(pair =>
        {
            var (equipment, standard) = pair;
            var calibration = equipment.CalibrationOn(performedOn);
            return new CertificateEquipment(equipment.Name, equipment.AssetNo, calibration?.CertificateNo ?? "—", calibration?.ValidUntil ?? performedOn,
                standard.Name, standard.AssessmentCertificateNo, standard.AssessmentValidUntil);
        })];

    private async Task<IReadOnlyList<(Equipment Equipment, MeasurementStandard Standard)>> LoadAsync(IReadOnlyList<string> assetNos, CancellationToken ct)
    {
        var equipment = await db.Equipment.AsNoTracking().Include(e => e.Calibrations).Where(e => assetNos.Contains(e.AssetNo)).ToListAsync(ct);
        var missing = assetNos.Except(equipment.Select(e => e.AssetNo)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainRuleException(StandardsRuleCodes.EquipmentNotValid, $"There is no equipment {string.Join(", ", missing)} in the register.");
        }

        var codes = equipment.Select(e => e.StandardCode).Distinct().ToList();
        var standards = await db.MeasurementStandards.AsNoTracking().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, ct);
        return [.. assetNos.Select(no => equipment.Single(e => e.AssetNo == no)).Select(e => (e, standards[e.StandardCode]))];
    }
}
