using System.Diagnostics;
using System.Text.Json;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Common.Numbering;
using Lims.Application.Features.Certificates;
using Lims.Application.Features.ProcedureTemplates;
using Lims.Application.Features.Users;
using Lims.Domain.Certificates;
using Lims.Domain.Common;
using Lims.Domain.Intake;
using Lims.Domain.Measurements;
using Lims.Domain.ProcedureTemplates;
using Lims.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Lims.Application.Features.WorkOrders;

/// <summary>
/// The bench's actions on a work order: assign, record results, review, approve. Only the work
/// order's laboratory acts on it (rule 12): to anyone else it does not exist.
/// </summary>
public sealed class WorkOrderHandler(
    ILimsDb db,
    IUserAccounts accounts,
    IEquipmentRegister equipment,
    DocumentNumbers numbers,
    CertificateIssuer issuer,
    WorkOrderQueries queries,
    WorksheetQueries worksheets,
    ICurrentUser user,
    TimeProvider clock,
    LimsMetrics metrics,
    ILogger<WorkOrderHandler> log)
{
    public async Task<WorkOrderDetail> AssignAsync(Guid id, AssignRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var workOrder = await LoadAsync(id, request.Version, ct);
        var technician = await accounts.FindAsync(request.Technician!, ct)
            ?? throw new DomainRuleException("unknown-user", $"There is no user '{request.Technician}'.");
        if (!technician.Roles.Contains(Roles.Technician))
        {
            throw new DomainRuleException("not-a-technician", $"{technician.UserName} does not hold the Technician role.");
        }

        var held = await db.Authorizations.AsNoTracking().Where(a => a.UserName == technician.UserName && a.LaboratoryCode == workOrder.LaboratoryCode).ToListAsync(ct);
        workOrder.Assign(technician.UserName, technician.LaboratoryCode, held, ChinaTime.Today(clock), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await queries.GetDetailAsync(id, ct);
    }

    /// <summary>
    /// Evaluates every point (rules 2 and 3), checks the performer and the equipment on the
    /// performance date (rule 5), and stores a new results version with the equipment it used.
    /// </summary>
    public async Task<WorkOrderDetail> RecordResultsAsync(Guid id, ResultsRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        // Everything is read and checked before the transaction (on SQLite, before the single
        // writer's gate); the work order's version guards the save against a change in between.
        var workOrder = await LoadAsync(id, request.Version, ct);
        var performedOn = request.PerformedOn!.Value;
        var receivedAt = await db.Submissions.Where(s => s.Id == workOrder.SubmissionId).Select(s => s.ReceivedAt).SingleAsync(ct);
        var receivedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(receivedAt, ChinaTime.Zone).DateTime);
        var held = await db.Authorizations.AsNoTracking().Where(a => a.UserName == user.UserName && a.LaboratoryCode == workOrder.LaboratoryCode).ToListAsync(ct);
        var number = workOrder.RecordResults(user.UserName, user.LaboratoryCode, held, performedOn, receivedOn, ChinaTime.Today(clock));

        var assetNos = request.EquipmentAssetNos!.Select(Identifiers.Normalize).Distinct().ToList();
        var uses = await equipment.CheckUsesAsync(workOrder, assetNos, performedOn, ct);
        var template = await TemplateInForce.ForAsync(db, workOrder.TemplateId, workOrder.ProcedureCode, workOrder.LaboratoryCode, ct);
        var (evaluation, points, items) = template is null
            ? EvaluateFreePoints(workOrder, request)
            : await EvaluateWorksheetAsync(workOrder, template, request, assetNos, performedOn, ct);
        var record = new ResultRecord(workOrder.Id, number, clock.GetUtcNow(), user.UserName, performedOn, request.TemperatureC!.Value, request.HumidityPct!.Value,
            request.Location!.Trim(), assetNos, evaluation.DecisionRule, evaluation.Conclusion, JsonSerializer.Serialize(points, ResultsJson.Options), request.Remarks?.Trim() ?? "");
        record.MeasuredWith(template?.Id, JsonSerializer.Serialize(items, ResultsJson.Options), evaluation.Method.GuardBandFactor);
        db.ResultRecords.Add(record);
        await db.InTransactionAsync(async token =>
        {
            await equipment.ReplaceUsesAsync(workOrder.Id, uses, token);
            return await db.SaveChangesAsync(token);
        }, ct);
        return await queries.GetDetailAsync(workOrder, ct);
    }

    public async Task<WorkOrderDetail> ReviewAsync(Guid id, ReviewRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var workOrder = await LoadAsync(id, request.Version, ct);
        workOrder.Review(user.UserName, user.LaboratoryCode, request.Accept!.Value, request.Comment?.Trim() ?? "");
        await db.SaveChangesAsync(ct);
        return await queries.GetDetailAsync(id, ct);
    }

    public async Task<WorkOrderDetail> CancelAsync(Guid id, CancelRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var workOrder = await LoadAsync(id, request.Version, ct);
        workOrder.Cancel(request.Reason!.Trim());
        await db.SaveChangesAsync(ct);
        return await queries.GetDetailAsync(id, ct);
    }

    /// <summary>
    /// Signs the work and issues the certificate: its kind (rule 4), its number (rule 1, gap-free),
    /// its PDF, and the instrument's last-verified and next-due dates. Everything is read and
    /// checked first, outside the transaction (the work order's and the instrument's versions guard
    /// the save against a change in between); the number is drawn last, so its lock, which queues
    /// every approval of the laboratory, is held only to render the PDF that prints it, save and commit.
    /// </summary>
    public async Task<CertificateResponse> ApproveAsync(Guid id, ApproveRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var workOrder = await LoadAsync(id, request.Version, ct);
        if (workOrder.Status == WorkOrderStatus.Approved)
        {
            throw new ConflictException("already-approved", $"Work order {workOrder.Number} was approved already; certificate {workOrder.CertificateNo}.");
        }

        workOrder.EnsureMayApprove(user.UserName, user.LaboratoryCode);
        var results = await db.ResultRecords.AsNoTracking().SingleOrDefaultAsync(r => r.WorkOrderId == id && r.Number == workOrder.ResultCount, ct);
        CertificateRules.EnsureConformityDetermined(workOrder.Number, results?.Conclusion);
        var instrument = await db.Instruments.SingleAsync(i => i.Id == workOrder.InstrumentId, ct);
        var type = await db.InstrumentTypes.AsNoTracking().SingleAsync(t => t.Code == instrument.TypeCode, ct);
        var now = clock.GetUtcNow();
        var issuedOn = ChinaTime.Today(clock);
        var kind = CertificateRules.KindFor(workOrder.Service, results?.Conclusion ?? OverallConclusion.NotStated);
        var validUntil = CertificateRules.ValidUntil(kind, results!.PerformedOn, type.IntervalMonths);
        var draft = await issuer.DraftAsync(new CertificateHeading(kind, issuedOn, validUntil, user.UserName), workOrder, results, instrument, type, null, ct);

        long drawnAt = 0;
        var certificate = await db.InTransactionAsync(async token =>
        {
            var certificateNo = await numbers.NextAsync(workOrder.LaboratoryCode, CertificateRules.NumberKindFor(kind), issuedOn.Year, token);
            drawnAt = Stopwatch.GetTimestamp();
            workOrder.Approve(user.UserName, user.LaboratoryCode, certificateNo, now, issuedOn.DayNumber - ChinaTime.DateOf(workOrder.RegisteredAt).DayNumber);
            var certificate = new Certificate(certificateNo, kind, workOrder.Id, workOrder.InstrumentId, instrument.TypeCode, workOrder.CustomerId, workOrder.LaboratoryCode, results.PerformedOn,
                issuedOn, now, user.UserName, validUntil, results.Conclusion, VerificationCodes.New());
            issuer.Issue(certificate, draft);
            if (kind == CertificateKind.VerificationCertificate)
            {
                instrument.RecordVerification(results.PerformedOn, type);
            }

            await db.SaveChangesAsync(token);
            return certificate;
        }, ct);
        log.LogDebug("Certificate {CertificateNo} issued; the number lock was held {HeldMs:F1} ms", certificate.CertificateNo, Stopwatch.GetElapsedTime(drawnAt).TotalMilliseconds);
        metrics.CertificateIssued(certificate.Kind);
        return CertificateResponse.From(certificate, ChinaTime.Today(clock));
    }

    private async Task<WorkOrder> LoadAsync(Guid id, int? version, CancellationToken ct)
    {
        var workOrder = await db.WorkOrders.FirstOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException(nameof(WorkOrder), id.ToString());
        user.EnsureMayChange(workOrder, nameof(WorkOrder), id.ToString());
        VersionCheck.EnsureIfSent(workOrder, nameof(WorkOrder), workOrder.Number, version);
        return workOrder;
    }

    /// <summary>
    /// Records the instrument's parameters for the procedure's template and keeps that template's
    /// version for the work order (rule 14); refused when they do not fit it.
    /// </summary>
    public async Task<WorksheetResponse> RecordParametersAsync(Guid id, ParametersRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var workOrder = await LoadAsync(id, request.Version, ct);
        var template = await TemplateInForce.ForAsync(db, workOrder.TemplateId, workOrder.ProcedureCode, workOrder.LaboratoryCode, ct)
            ?? throw new DomainRuleException("no-template", $"The procedure {workOrder.ProcedureCode} has no template, so it needs no instrument parameters: enter the points freely.");
        RecordParameters(workOrder, template, request);
        await db.SaveChangesAsync(ct);
        return await worksheets.GetAsync(id, null, ct);
    }

    private static InstrumentParameters RecordParameters(WorkOrder workOrder, ProcedureTemplate template, ParametersRequest request)
    {
        var parameters = new InstrumentParameters(request.Values!.ToDictionary(v => v.Key.Trim(), v => v.Value.Trim()), request.InService ?? false);
        parameters.EnsureFit(TemplateJson.Read(template));
        workOrder.RecordParameters(template.Id, TemplateJson.Write(parameters));
        return parameters;
    }

    private static (MeasurementEvaluation, IReadOnlyList<EvaluatedPoint>, IReadOnlyList<TestItemOutcome>) EvaluateFreePoints(WorkOrder workOrder, ResultsRequest request)
    {
        if (request.Items is not null)
        {
            throw new DomainRuleException("no-template", $"The procedure {workOrder.ProcedureCode} has no template: send the points themselves.");
        }

        var purpose = workOrder.Service == ServiceKind.Verification ? MeasurementPurpose.Verification : MeasurementPurpose.Calibration;
        var evaluation = MeasurementEvaluator.Evaluate(MethodOf(purpose, request), [.. request.Points!.Select(ToPoint)]);
        return (evaluation, [.. evaluation.Points.Select(p => EvaluatedPoint.From(p))], []);
    }

    /// <summary>
    /// The worksheet filled in (rule 14): every point and test item the template asks for, each
    /// point with the readings it asks for (422 <c>incomplete-results</c>, <c>readings-count-mismatch</c>),
    /// its MPE from the template and its budget, the standard's line from the cited equipment's
    /// calibration valid on the performance date.
    /// </summary>
    private async Task<(MeasurementEvaluation, IReadOnlyList<EvaluatedPoint>, IReadOnlyList<TestItemOutcome>)> EvaluateWorksheetAsync(
        WorkOrder workOrder, ProcedureTemplate template, ResultsRequest request, IReadOnlyList<string> assetNos, DateOnly performedOn, CancellationToken ct)
    {
        var definition = TemplateJson.Read(template);
        var parameters = request.Parameters is { } sent ? RecordParameters(workOrder, template, sent) : TemplateJson.ReadParameters(workOrder.Parameters)
            ?? throw new DomainRuleException(TemplateRuleCodes.ParametersRequired, $"The template of {workOrder.ProcedureCode} needs the instrument's parameters ({string.Join(", ", definition.Parameters.Select(p => p.Name))}): send them with the results or record them first.");
        workOrder.KeepTemplate(template.Id);
        var sheet = Worksheet.For(definition, parameters);
        var stated = definition.Budget.Any(b => b.Source == ComponentSource.Equipment) ? await EquipmentUncertainty.ReadAsync(db, workOrder.LaboratoryCode, assetNos, performedOn, definition.Unit, ct) : null;
        var components = BudgetTemplate.Components(definition, parameters, stated);
        var correlation = definition.Correlation is { } c ? new Correlation(c.First, c.Second, c.Coefficient) : null;
        var entries = (request.Items ?? []).Select(i => new TestItemEntry(i.Code!.Trim(), i.Passed, i.Points)).ToList();
        var filled = FilledWorksheet.From(sheet, entries, _ => components, correlation);
        var evaluation = MeasurementEvaluator.Evaluate(WorksheetQueries.MethodOf(workOrder.Service, definition.Method), [.. filled.Points.Select(p => p.Point)], [.. filled.Outcomes.Select(o => (PointVerdict?)o.Verdict)]);
        return (evaluation, [.. evaluation.Points.Select((p, i) => EvaluatedPoint.From(p, filled.Points[i].TestItem) with { Label = filled.Points[i].Label })], filled.Outcomes);
    }

    /// <summary>A verification is judged by JJF 1094 unless the request names another rule (which the domain refuses); a calibration by simple acceptance unless it asks for a guard band.</summary>
    private static EvaluationMethod MethodOf(MeasurementPurpose purpose, ResultsRequest request) =>
        new(purpose, request.DecisionRule ?? (purpose == MeasurementPurpose.Verification ? DecisionRule.Jjf1094 : DecisionRule.SimpleAcceptance))
        {
            Coverage = request.Coverage ?? Coverage.P95,
            SignificantDigits = request.SignificantDigits ?? 2,
            GuardBandFactor = request.GuardBandFactor ?? 1m,
        };

    private static MeasurementPoint ToPoint(PointRequest p) => new(
        p.Quantity!.Trim(), p.Unit!.Trim(), p.Nominal!.Value, p.Readings!,
        p.MpeLower is { } lower && p.MpeUpper is { } upper ? new Tolerance(lower, upper) : p.Mpe is { } mpe ? Tolerance.Symmetric(mpe) : null,
        [.. (p.UncertaintyComponents ?? []).Select(ToComponent)])
    {
        Correlation = p.Correlation is { } c ? new Correlation(c.First!.Trim(), c.Second!.Trim(), c.Coefficient!.Value) : null,
    };

    private static UncertaintyComponent ToComponent(ComponentRequest c) => c.StandardUncertainty is { } u
        ? new UncertaintyComponent(c.Name!.Trim(), u, c.DegreesOfFreedom)
        : new UncertaintyComponent(c.Name!.Trim(), c.Value!.Value, c.DegreesOfFreedom)
        {
            Distribution = c.Distribution ?? Distribution.Standard,
            CoverageFactor = c.CoverageFactor ?? 2.0,
            SensitivityCoefficient = c.SensitivityCoefficient ?? 1.0,
            Scale = c.Scale ?? ComponentScale.Absolute,
        };
}
