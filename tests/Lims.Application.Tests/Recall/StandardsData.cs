using Lims.Application.Abstractions;
using Lims.Domain.Competence;
using Lims.Domain.Standards;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Application.Tests.Recall;

/// <summary>A laboratory, a procedure, a reference standard and a measurement standard, with equipment and authorisations added on demand.</summary>
public static class StandardsData
{
    public const string Laboratory = "JM";
    public const string Procedure = "JJG 99-2022";
    public const string Standard = "JM-S-001";
    public const string Reference = "NIM-M";

    public static async Task SeedAsync(this RecallDatabase data, DateOnly assessmentValidUntil)
    {
        await using var scope = data.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ILimsDb>();
        db.Laboratories.Add(new Laboratory(Laboratory, "江门市计量检定测试所", LaboratoryLevel.City, "CNAS L0001", "江门市蓬江区"));
        db.Procedures.Add(new Procedure(Procedure, "砝码检定规程", ProcedureKind.VerificationRegulation));
        db.ReferenceStandards.Add(new ReferenceStandardGraph([]).Add(Reference, "国家质量基准", "中国计量科学研究院", ReferenceStandardKind.NationalPrimaryStandard, null));
        db.MeasurementStandards.Add(new MeasurementStandard(Standard, "E2等级砝码标准装置", Laboratory, "[2022]粤量标江证字第001号", assessmentValidUntil, false, [Procedure]));
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>Equipment in service whose latest calibration is valid until <paramref name="validUntil"/>.</summary>
    public static async Task EquipmentAsync(this RecallDatabase data, string assetNo, DateOnly validUntil)
    {
        await using var scope = data.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ILimsDb>();
        var standard = await db.MeasurementStandards.SingleAsync(s => s.Code == Standard);
        var equipment = new Equipment(assetNo, "E2等级砝码", "梅特勒-托利多", "E2-1kg", "W" + assetNo, standard);
        var today = RecallDatabase.Today;
        equipment.AddCalibration($"{assetNo}-1", "广东省计量科学研究院", validUntil.AddYears(-2), validUntil.AddYears(-1), "U=0.5 mg (k=2)", CalibrationConformity.Pass, Reference, today);
        equipment.AddCalibration($"{assetNo}-2", "广东省计量科学研究院", validUntil.AddYears(-1), validUntil, "U=0.5 mg (k=2)", CalibrationConformity.Pass, Reference, today);
        db.Equipment.Add(equipment);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    public static async Task<Equipment> FindEquipmentAsync(this RecallDatabase data, string assetNo)
    {
        await using var scope = data.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ILimsDb>().Equipment.AsNoTracking().SingleAsync(e => e.AssetNo == assetNo);
    }

    public static async Task<Guid> AuthorizationAsync(this RecallDatabase data, string userName, string certificateNo, DateOnly validUntil)
    {
        await using var scope = data.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ILimsDb>();
        var authorization = new TechnicianAuthorization(userName, Laboratory, Procedure, certificateNo, validUntil, "quality");
        db.Authorizations.Add(authorization);
        await db.SaveChangesAsync(CancellationToken.None);
        return authorization.Id;
    }
}
