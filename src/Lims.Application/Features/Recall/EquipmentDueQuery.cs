using Lims.Application.Abstractions;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Recall;

/// <summary>
/// Equipment in service with the valid-until of its latest calibration (the one calibrated last, as
/// <see cref="Equipment.NextDue"/>), its standard and laboratory: one untracked query the equipment
/// steps filter on the due date. Equipment never calibrated has no due date and is not in it.
/// </summary>
public static class EquipmentDueQuery
{
    public static IQueryable<EquipmentDueRow> InService(ILimsDb db) =>
        from e in db.Equipment.AsNoTracking()
        where e.Status == EquipmentStatus.InService
        let due = db.EquipmentCalibrations
            .Where(c => c.EquipmentId == e.Id)
            .OrderByDescending(c => c.CalibratedOn)
            .ThenByDescending(c => c.ValidUntil)
            .Select(c => (DateOnly?)c.ValidUntil)
            .FirstOrDefault()
        where due != null
        join s in db.MeasurementStandards on e.StandardCode equals s.Code
        join l in db.Laboratories on s.LaboratoryCode equals l.Code
        select new EquipmentDueRow
        {
            Id = e.Id,
            AssetNo = e.AssetNo,
            Name = e.Name,
            Model = e.Model,
            SerialNumber = e.SerialNumber,
            StandardCode = s.Code,
            StandardName = s.Name,
            LaboratoryName = l.Name,
            DueOn = due.Value,
        };
}

/// <summary>A row of <see cref="EquipmentDueQuery"/>.</summary>
public sealed class EquipmentDueRow
{
    public Guid Id { get; init; }

    public string AssetNo { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string Model { get; init; } = string.Empty;

    public string SerialNumber { get; init; } = string.Empty;

    public string StandardCode { get; init; } = string.Empty;

    public string StandardName { get; init; } = string.Empty;

    public string LaboratoryName { get; init; } = string.Empty;

    public DateOnly DueOn { get; init; }
}
