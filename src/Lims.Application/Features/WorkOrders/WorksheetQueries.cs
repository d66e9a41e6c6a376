using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.ProcedureTemplates;
using Lims.Domain.Common;
using Lims.Domain.Intake;
using Lims.Domain.Measurements;
using Lims.Domain.ProcedureTemplates;
using Lims.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.WorkOrders;

/// <summary>
/// The worksheet of a work order (rule 14): for the API and for the bench's page, which evaluates
/// each point in process as it is typed (<see cref="WorksheetPointResponse.With"/> and
/// <see cref="PointEvaluator.Evaluate"/>). A work order's worksheet is its laboratory's (rule 12):
/// another laboratory's users are told there is none.
/// </summary>
public sealed class WorksheetQueries(ILimsDb db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>
    /// The worksheet; with <paramref name="equipmentAssetNo"/> the budget's equipment lines are read
    /// from that equipment's calibration valid today. Parameters not yet recorded are offered from
    /// the instrument's last work order under the same procedure in the same laboratory.
    /// </summary>
    public async Task<WorksheetResponse> GetAsync(Guid id, string? equipmentAssetNo, CancellationToken ct)
    {
        var workOrder = await db.WorkOrders.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException(nameof(WorkOrder), id.ToString());
        var template = await TemplateInForce.ForAsync(db, workOrder.TemplateId, workOrder.ProcedureCode, workOrder.LaboratoryCode, ct);
        if (template is null)
        {
            return new WorksheetResponse(id, workOrder.ProcedureCode, null, [], false, false, null, null, null, [], workOrder.Version);
        }

        var definition = TemplateJson.Read(template);
        var parameters = TemplateJson.ReadParameters(workOrder.Parameters) ?? await EarlierParametersAsync(workOrder, ct) ?? new InstrumentParameters(new Dictionary<string, string>());
        var stated = equipmentAssetNo is null ? null : await EquipmentUncertainty.ReadAsync(db, workOrder.LaboratoryCode, [equipmentAssetNo], ChinaTime.Today(clock), definition.Unit, ct);
        Worksheet? sheet;
        try
        {
            sheet = Worksheet.For(definition, parameters);
        }
        catch (DomainRuleException)
        {
            sheet = null;
        }

        IReadOnlyList<UncertaintyComponent>? components = null;
        if (sheet is not null && (stated is not null || definition.Budget.All(b => b.Source != ComponentSource.Equipment)))
        {
            components = BudgetTemplate.Components(definition, parameters, stated);
        }

        return new WorksheetResponse(
            id,
            workOrder.ProcedureCode,
            new WorksheetTemplate(template.Id, template.Number, template.LaboratoryCode, definition.Basis),
            [.. definition.Parameters.Select(p => new WorksheetParameter(p.Name, p.Label, p.Kind, p.Unit, p.Choices, parameters.Values.GetValueOrDefault(p.Name)))],
            parameters.InService,
            sheet is not null,
            definition.Quantity,
            definition.Unit,
            MethodOf(workOrder.Service, definition.Method),
            sheet is null ? [] : [.. sheet.Items.Select(i => new WorksheetItemResponse(i.Code, i.Name, i.Kind, i.ReadingsPerPoint,
                [.. i.Points.Select(p => new WorksheetPointResponse(p.Index, p.Label, p.Nominal, p.Mpe.Lower, p.Mpe.Upper, p.Mpe.ToString(), i.Kind == TestItemKind.Points ? components : null))]))],
            workOrder.Version);
    }

    /// <summary>How a template's points are evaluated for a verification or a calibration.</summary>
    public static EvaluationMethod MethodOf(ServiceKind service, TemplateMethod method) =>
        new(service == ServiceKind.Verification ? MeasurementPurpose.Verification : MeasurementPurpose.Calibration,
            service == ServiceKind.Verification ? DecisionRule.Jjf1094 : method.CalibrationRule)
        {
            Coverage = method.Coverage,
            SignificantDigits = method.SignificantDigits,
            GuardBandFactor = method.GuardBandFactor,
        };

    private async Task<InstrumentParameters?> EarlierParametersAsync(WorkOrder workOrder, CancellationToken ct)
    {
        var earlier = await db.WorkOrders.AsNoTracking()
            .Where(w => w.InstrumentId == workOrder.InstrumentId && w.ProcedureCode == workOrder.ProcedureCode && w.LaboratoryCode == workOrder.LaboratoryCode && w.Id != workOrder.Id && w.Parameters != null)
            .OrderByDescending(w => w.RegisteredAt).Select(w => w.Parameters).FirstOrDefaultAsync(ct);
        return TemplateJson.ReadParameters(earlier);
    }
}

/// <summary>
/// The stated expanded uncertainty of the first cited equipment of the laboratory whose calibration
/// valid on the day can be read in the point's unit.
/// </summary>
public static class EquipmentUncertainty
{
    public static async Task<StatedUncertainty?> ReadAsync(ILimsDb db, string laboratoryCode, IReadOnlyList<string> assetNos, DateOnly day, string unit, CancellationToken ct)
    {
        var stated = await (
            from e in db.Equipment.AsNoTracking()
            where e.LaboratoryCode == laboratoryCode && assetNos.Contains(e.AssetNo)
            join c in db.EquipmentCalibrations on e.Id equals c.EquipmentId
            where c.CalibratedOn <= day && day <= c.ValidUntil
            select new { e.AssetNo, c.ExpandedUncertainty, c.CalibratedOn }).ToListAsync(ct);
        return assetNos
            .SelectMany(no => stated.Where(s => s.AssetNo == no).OrderByDescending(s => s.CalibratedOn))
            .Select(s => StatedUncertainty.Read(s.ExpandedUncertainty, unit))
            .FirstOrDefault(s => s is not null);
    }
}
