using System.Security.Cryptography;
using System.Text.Json;
using Lims.Application.Abstractions;
using Lims.Application.Abstractions.Certificates;
using Lims.Application.Features.ProcedureTemplates;
using Lims.Application.Features.Users;
using Lims.Application.Features.WorkOrders;
using Lims.Domain.Certificates;
using Lims.Domain.ProcedureTemplates;
using Lims.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lims.Application.Features.Certificates;

/// <summary>
/// Gathers everything rule 9 prints from the records, renders the PDF once and stores its bytes
/// and SHA-256 with the certificate. Runs inside the approving (or amending) transaction.
/// </summary>
public sealed class CertificateIssuer(ILimsDb db, ICertificateRenderer renderer, IEquipmentRegister equipment, IUserAccounts accounts, IOptions<CertificateOptions> options)
{
    public async Task IssueAsync(Certificate certificate, WorkOrder workOrder, ResultRecord results, AmendmentCorrections? corrections, CancellationToken ct)
    {
        var document = await DocumentAsync(certificate, workOrder, results, corrections ?? new AmendmentCorrections(null, null, null, null, null, null, null, null), ct);
        var pdf = renderer.Render(document);
        certificate.AttachPdf(Convert.ToHexStringLower(SHA256.HashData(pdf)));
        db.Certificates.Add(certificate);
        db.CertificatePdfs.Add(new CertificatePdf(certificate.CertificateNo, pdf));
    }

    /// <summary>What the QR code opens: the public check page of the certificate.</summary>
    public static string PublicUrl(string baseUrl, string certificateNo, string code) =>
        $"{baseUrl.TrimEnd('/')}/c/{Uri.EscapeDataString(certificateNo)}?code={Uri.EscapeDataString(code)}";

    public static IReadOnlyList<TestItemOutcome> TestItems(ResultRecord results) =>
        JsonSerializer.Deserialize<List<TestItemOutcome>>(results.TestItems, ResultsJson.Options) ?? [];

    public static IReadOnlyList<EvaluatedPoint> Points(ResultRecord results) =>
        JsonSerializer.Deserialize<List<EvaluatedPoint>>(results.Points, ResultsJson.Options) ?? [];

    private async Task<CertificateDocument> DocumentAsync(Certificate certificate, WorkOrder workOrder, ResultRecord results, AmendmentCorrections fix, CancellationToken ct)
    {
        var lab = await db.Laboratories.AsNoTracking().SingleAsync(l => l.Code == workOrder.LaboratoryCode, ct);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == workOrder.CustomerId, ct);
        var instrument = await db.Instruments.AsNoTracking().SingleAsync(i => i.Id == workOrder.InstrumentId, ct);
        var type = await db.InstrumentTypes.AsNoTracking().SingleAsync(t => t.Code == instrument.TypeCode, ct);
        var procedure = await db.Procedures.AsNoTracking().SingleAsync(p => p.Code == workOrder.ProcedureCode, ct);
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Items).SingleAsync(s => s.Id == workOrder.SubmissionId, ct);
        var item = submission.Items.Single(i => i.WorkOrderId == workOrder.Id);
        var used = await equipment.DescribeAsync(results.EquipmentList, results.PerformedOn, ct);
        var receivedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(submission.ReceivedAt, Common.ChinaTime.Zone).DateTime);
        var printed = await ResultsAsync(results, ct);

        return new CertificateDocument(
            certificate.Kind,
            certificate.CertificateNo,
            new CertificateLaboratory(lab.Name, lab.Address, lab.AccreditationNo)
            {
                AuthorizationNo = lab.AuthorizationNo,
                Telephone = lab.Telephone,
                Postcode = lab.Postcode,
                Seal = await db.LaboratorySeals.AsNoTracking().Where(x => x.LaboratoryCode == lab.Code).Select(x => x.Png).FirstOrDefaultAsync(ct),
            },
            new CertificateCustomer(fix.CustomerName ?? customer.Name, fix.CustomerAddress ?? customer.Address),
            new CertificateProcedure(procedure.Code, procedure.Title),
            new CertificateInstrument(type.Name, fix.Manufacturer ?? instrument.Manufacturer, fix.Model ?? instrument.Model, fix.SerialNumber ?? instrument.SerialNumber,
                fix.Range ?? instrument.Range, fix.AccuracyClass ?? instrument.AccuracyClass, item.ConditionOnReceipt),
            receivedOn,
            results.PerformedOn,
            certificate.IssuedOn,
            new CertificateEnvironment(results.TemperatureC, results.HumidityPct, results.Location),
            used,
            printed.Points,
            CertificateWording.DecisionRule(results.DecisionRule, results.Conclusion, results.GuardBandFactor),
            CertificateWording.Conclusion(certificate.Kind, results.Conclusion),
            certificate.ValidUntil,
            null,
            new CertificateSignatories(await NameAsync(workOrder.PerformedBy!, ct), await NameAsync(workOrder.ReviewedBy!, ct), await NameAsync(certificate.IssuedBy, ct)),
            fix.Remarks ?? (results.Remarks.Length == 0 ? null : results.Remarks),
            new CertificatePublicCheck(PublicUrl(options.Value.PublicBaseUrl, certificate.CertificateNo, certificate.VerificationCode), certificate.VerificationCode),
            certificate.Supersedes is { } replaced ? new CertificateAmendment(replaced, certificate.AmendmentReason!) : null)
        {
            TestItems = printed.Items,
        };
    }

    private async Task<string> NameAsync(string userName, CancellationToken ct) =>
        (await accounts.FindAsync(userName, ct))?.DisplayName ?? userName;

    /// <summary>The points as printed and the test items with their verdicts, named as the template the results were measured with names them.</summary>
    private async Task<(IReadOnlyList<CertificateResultPoint> Points, IReadOnlyList<CertificateTestItem> Items)> ResultsAsync(ResultRecord results, CancellationToken ct)
    {
        var points = Points(results);
        var template = results.TemplateId is { } id
            ? TemplateJson.Read(await db.ProcedureTemplates.AsNoTracking().SingleAsync(t => t.Id == id, ct))
            : null;
        var names = template?.TestItems.ToDictionary(i => i.Code, i => i.Name) ?? [];
        return (
            [.. points.Select(p => CertificateWording.Point(p, p.TestItem is { } code ? names.GetValueOrDefault(code, code) : null))],
            template is null ? [] : CertificateWording.TestItems(template, TestItems(results), points));
    }
}
