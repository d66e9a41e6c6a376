using Lims.Application.Abstractions;
using Lims.Application.Abstractions.Certificates;
using Lims.Domain.Common;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Standards;

/// <summary>The register of standards and equipment as work orders use it (rules 5, 6 and 7).</summary>
public sealed class EquipmentRegister(ILimsDb db) : IEquipmentRegister
{
    public async Task<IReadOnlyList<EquipmentUse>> CheckUsesAsync(Guid workOrderId, IReadOnlyList<string> assetNos, string procedureCode, DateOnly performedOn, CancellationToken ct)
    {
        var uses = new List<EquipmentUse>();
        foreach (var (equipment, standard) in await LoadAsync(assetNos, ct))
        {
            equipment.EnsureUsableOn(performedOn, procedureCode, standard);
            uses.Add(new EquipmentUse(workOrderId, equipment.Id, equipment.CalibrationOn(performedOn)?.Id, performedOn));
        }

        return uses;
    }

    public async Task ReplaceUsesAsync(Guid workOrderId, IReadOnlyList<EquipmentUse> uses, CancellationToken ct)
    {
        await db.EquipmentUses.Where(u => u.WorkOrderId == workOrderId).ExecuteDeleteAsync(ct);
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
