using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.Traceability;
using Lims.Domain.Common;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Standards;

/// <summary>A laboratory's equipment (rule 12): registered under a standard of the maker's laboratory, seen by its users and the City quality managers, changed by its users only.</summary>
public sealed class EquipmentHandler(ILimsDb db, ICurrentUser user, TimeProvider clock, ImpactHandler impact)
{
    public async Task<EquipmentResponse> CreateAsync(EquipmentRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var assetNo = Identifiers.Normalize(request.AssetNo!);
        if (await db.Equipment.AnyAsync(x => x.AssetNo == assetNo, ct))
        {
            throw new ConflictException("duplicate-asset-no", $"Equipment with asset number '{assetNo}' already exists.");
        }

        // Another laboratory's standard is unknown to the user (rule 12); the City quality manager sees it but registers nothing under it.
        var standard = await db.MeasurementStandards.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(x => x.Code == request.StandardCode, ct)
            ?? throw new DomainRuleException("unknown-standard", $"There is no measurement standard '{request.StandardCode}'. Register the standard (计量标准) first.");
        if (!user.MayChange(standard.LaboratoryCode))
        {
            throw new DomainRuleException("standard-of-another-laboratory",
                $"Standard {standard.Code} is not one of your laboratory's standards. Equipment is registered under a standard of your own laboratory{(user.LaboratoryCode is { } own ? $", {own}" : "")}.");
        }

        var equipment = new Equipment(assetNo, request.Name!.Trim(), request.Manufacturer!.Trim(), request.Model!.Trim(), request.SerialNumber!.Trim(), standard);
        db.Equipment.Add(equipment);
        await db.SaveChangesAsync(ct);
        return EquipmentResponse.From(equipment);
    }

    public async Task<EquipmentResponse> GetAsync(string assetNo, CancellationToken ct) =>
        EquipmentResponse.From(await db.Equipment.AsNoTracking().VisibleTo(user).FindWithCalibrationsAsync(assetNo, ct));

    public async Task<PagedList<EquipmentSummary>> ListAsync(string? standardCode, EquipmentStatus? status, string? query, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(page, ct);
        return await db.Equipment.AsNoTracking().VisibleTo(user)
            .Where(x => standardCode == null || x.StandardCode == standardCode)
            .Where(x => status == null || x.Status == status)
            .Where(x => query == null || x.AssetNo.Contains(query) || x.Name.Contains(query) || x.SerialNumber.Contains(query))
            .OrderBy(x => x.AssetNo)
            .Select(x => new EquipmentSummary(x.Id, x.AssetNo, x.Name, x.Model, x.SerialNumber, x.StandardCode, x.Status, x.OutOfServiceCause,
                x.Calibrations.OrderByDescending(c => c.CalibratedOn).ThenByDescending(c => c.ValidUntil).Select(c => (DateOnly?)c.ValidUntil).FirstOrDefault(), x.Version))
            .ToPagedListAsync(page, ct);
    }

    public async Task<EquipmentResponse> AddCalibrationAsync(string assetNo, CalibrationRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var equipment = await db.Equipment.FindWithCalibrationsAsync(assetNo, ct);
        user.EnsureMayChange(equipment, nameof(Equipment), assetNo);
        if (!await db.ReferenceStandards.AnyAsync(x => x.Code == request.TracesTo, ct))
        {
            throw new DomainRuleException("unknown-reference-standard", $"There is no reference standard '{request.TracesTo}'. Register the standard the calibrating institute used (POST /api/reference-standards) first.");
        }

        equipment.AddCalibration(Identifiers.Normalize(request.CertificateNo!), request.IssuedBy!.Trim(), request.CalibratedOn!.Value, request.ValidUntil!.Value,
            request.ExpandedUncertainty!.Trim(), request.Conformity!.Value, request.TracesTo!, clock.Today());
        await db.SaveChangesAsync(ct);
        return EquipmentResponse.From(equipment);
    }

    public async Task<ImpactResponse> MarkOutOfToleranceAsync(string assetNo, OutOfToleranceRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var equipment = await db.Equipment.FindWithCalibrationsAsync(assetNo, ct);
        user.EnsureMayChange(equipment, nameof(Equipment), assetNo);
        equipment.MarkOutOfTolerance(request.FoundOn!.Value, request.Reason!.Trim(), clock.Today());
        await db.SaveChangesAsync(ct);
        return await impact.ForAsync(equipment, null, null, ct);
    }
}
