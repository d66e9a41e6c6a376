using System.Security.Cryptography;
using System.Text.Json;
using Lims.Application.Abstractions;
using Lims.Application.Abstractions.Certificates;
using Lims.Application.Features.ProcedureTemplates;
using Lims.Application.Features.Users;
using Lims.Application.Features.WorkOrders;
using Lims.Domain.Certificates;
using Lims.Domain.Instruments;
using Lims.Domain.ProcedureTemplates;
using Lims.Domain.ReferenceData;
using Lims.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lims.Application.Features.Certificates;

/// <summary>
/// Gathers everything rule 9 prints from the records, renders the PDF once and stores its bytes
/// and SHA-256 with the certificate. In two steps, so that the certificate number's lock is held
/// only for what needs the number: <see cref="DraftAsync"/> reads everything else before the
/// number is drawn (reusing the records the caller has read), <see cref="Issue"/> renders the PDF
/// with the number and adds the certificate to the save.
/// </summary>
public sealed class CertificateIssuer(ILimsDb db, ICertificateRenderer renderer, IEquipmentRegister equipment, IUserAccounts accounts, IOptions<CertificateOptions> options)
{
    /// <summary>The document to print, all but the number and the public check that carries it.</summary>
    public Task<CertificateDocument> DraftAsync(CertificateHeading heading, WorkOrder workOrder, ResultRecord results, Instrument instrument, InstrumentType type,
        AmendmentCorrections? corrections, CancellationToken ct) =>
        DocumentAsync(heading, workOrder, results, instrument, type, corrections ?? new AmendmentCorrections(null, null, null, null, null, null, null, null), ct);

    /// <summary>Renders <paramref name="draft"/> with the certificate's number and adds both to the save.</summary>
    public void Issue(Certificate certificate, CertificateDocument draft)
    {
        var document = draft with
        {
            CertificateNumber = certificate.CertificateNo,
            PublicCheck = new CertificatePublicCheck(PublicUrl(options.Value.PublicBaseUrl, certificate.CertificateNo, certificate.VerificationCode), certificate.VerificationCode),
        };
        var pdf = renderer.Render(document);
        certificate.AttachPdf(Convert.ToHexStringLower(SHA256.HashData(pdf)), document.Instrument.Description, document.Instrument.SerialNumber, document.Laboratory.Name);
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

    private async Task<CertificateDocument> DocumentAsync(CertificateHeading heading, WorkOrder workOrder, ResultRecord results, Instrument instrument, InstrumentType type,
        AmendmentCorrections fix, CancellationToken ct)
    {
        var lab = await db.Laboratories.AsNoTracking().SingleAsync(l => l.Code == workOrder.LaboratoryCode, ct);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == workOrder.CustomerId, ct);
        var procedure = await db.Procedures.AsNoTracking().SingleAsync(p => p.Code == workOrder.ProcedureCode, ct);
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Items).SingleAsync(s => s.Id == workOrder.SubmissionId, ct);
        var item = submission.Items.Single(i => i.WorkOrderId == workOrder.Id);
        var used = await equipment.DescribeAsync(results.EquipmentList, results.PerformedOn, ct);
        var receivedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(submission.ReceivedAt, Common.ChinaTime.Zone).DateTime);
        var printed = await ResultsAsync(results, ct);

        return new CertificateDocument(
            heading.Kind,
            "",
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
            heading.IssuedOn,
            new CertificateEnvironment(results.TemperatureC, results.HumidityPct, results.Location),
            used,
            printed.Points,
            CertificateWording.DecisionRule(results.DecisionRule, results.Conclusion, results.GuardBandFactor),
            CertificateWording.Conclusion(heading.Kind, results.Conclusion),
            heading.ValidUntil,
            null,
            new CertificateSignatories(await NameAsync(workOrder.PerformedBy!, ct), await NameAsync(workOrder.ReviewedBy!, ct), await NameAsync(heading.IssuedBy, ct)),
            fix.Remarks ?? (results.Remarks.Length == 0 ? null : results.Remarks),
            new CertificatePublicCheck("", ""),
            heading.Amendment)
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
