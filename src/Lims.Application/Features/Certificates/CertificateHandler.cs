using System.Security.Cryptography;
using System.Text.Json;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Certificates;
using Lims.Domain.Common;
using Lims.Domain.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Certificates;

/// <summary>
/// Reading, downloading, revoking and amending issued certificates, within the caller's laboratory
/// (rule 12), and the anonymous public check.
/// </summary>
public sealed class CertificateHandler(ILimsDb db, CertificateIssuer issuer, ICurrentUser user, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CertificateResponse> GetAsync(string certificateNo, CancellationToken ct) =>
        CertificateResponse.From(await FindAsync(db.Certificates.AsNoTracking().VisibleTo(user), Identifiers.Normalize(certificateNo), ct), ChinaTime.Today(clock));

    /// <summary>
    /// The bytes stored at issue, served only while they still match the SHA-256 recorded with the
    /// certificate: altered bytes are never handed out as a legal document.
    /// </summary>
    public async Task<byte[]> PdfAsync(string certificateNo, CancellationToken ct)
    {
        certificateNo = Identifiers.Normalize(certificateNo);
        var stored = await (from p in db.CertificatePdfs.AsNoTracking()
                            join c in db.Certificates.VisibleTo(user) on p.CertificateNo equals c.CertificateNo
                            where p.CertificateNo == certificateNo
                            select new { p.Content, c.Sha256 }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(nameof(Certificate), certificateNo);
        var found = Convert.ToHexStringLower(SHA256.HashData(stored.Content));
        if (!string.Equals(found, stored.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new IntegrityException("certificate-pdf-altered",
                $"The stored PDF of certificate {certificateNo} does not match the SHA-256 recorded at issue (recorded {stored.Sha256}, stored bytes {found}); it is not served. Tell the quality manager: the copy must be restored from a backup.");
        }

        return stored.Content;
    }

    public async Task<PagedList<CertificateResponse>> ListAsync(CertificateQuery query, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(query, page, ct);
        var rows = await db.Certificates.AsNoTracking().VisibleTo(user)
            .Where(c => query.CustomerId == null || c.CustomerId == query.CustomerId)
            .Where(c => query.InstrumentId == null || c.InstrumentId == query.InstrumentId)
            .Where(c => query.From == null || c.IssuedOn >= query.From)
            .Where(c => query.To == null || c.IssuedOn <= query.To)
            .OrderByDescending(c => c.IssuedAt).ThenByDescending(c => c.CertificateNo)
            .ToPagedListAsync(page, ct);
        var today = ChinaTime.Today(clock);
        return new PagedList<CertificateResponse>([.. rows.Items.Select(c => CertificateResponse.From(c, today))], rows.Page, rows.PageSize, rows.Total);
    }

    public async Task<CertificateResponse> RevokeAsync(string certificateNo, RevokeRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var certificate = await LoadAsync(certificateNo, request.Version, ct);
        certificate.Revoke(request.Reason!.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return CertificateResponse.From(certificate, ChinaTime.Today(clock));
    }

    /// <summary>
    /// Issues <c>{original}-A{n}</c> with the corrections, naming the certificate it replaces and
    /// why; the replaced one becomes Superseded. Both stay downloadable (rule 8).
    /// </summary>
    public async Task<CertificateResponse> AmendAsync(string certificateNo, AmendRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var amendment = await db.InTransactionAsync(async token =>
        {
            var current = await LoadAsync(certificateNo, request.Version, token);
            var original = DocumentNumber.Parse(current.CertificateNo).Original.ToString();
            var existing = await db.Certificates.CountAsync(c => c.Supersedes != null && c.CertificateNo.StartsWith(original + "-A"), token);
            var number = DocumentNumber.NextAmendmentNumber(current.CertificateNo, existing);
            current.SupersedeWith(number);

            var corrections = Merge(current.Corrections, request.Corrections!);
            var now = clock.GetUtcNow();
            var amended = new Certificate(number, current.Kind, current.WorkOrderId, current.InstrumentId, current.InstrumentTypeCode, current.CustomerId, current.LaboratoryCode, current.PerformedOn,
                ChinaTime.Today(clock), now, user.UserName, current.ValidUntil, current.Conclusion, VerificationCodes.New());
            amended.MarkAsAmendmentOf(current.CertificateNo, request.Reason!.Trim(), JsonSerializer.Serialize(corrections, Json));
            var workOrder = await db.WorkOrders.AsNoTracking().SingleAsync(w => w.Id == current.WorkOrderId, token);
            var results = await db.ResultRecords.AsNoTracking().SingleAsync(r => r.WorkOrderId == workOrder.Id && r.Number == workOrder.ResultCount, token);
            await issuer.IssueAsync(amended, workOrder, results, corrections, token);
            await db.SaveChangesAsync(token);
            return amended;
        }, ct);
        return CertificateResponse.From(amendment, ChinaTime.Today(clock));
    }

    /// <summary>Anonymous: a wrong code and an unknown number both answer 404, so numbers cannot be probed.</summary>
    public async Task<PublicCertificateResponse> PublicCheckAsync(string certificateNo, string? code, CancellationToken ct)
    {
        certificateNo = Identifiers.Normalize(certificateNo);
        var found = await (
            from c in db.Certificates.AsNoTracking()
            where c.CertificateNo == certificateNo
            join i in db.Instruments on c.InstrumentId equals i.Id
            join t in db.InstrumentTypes on i.TypeCode equals t.Code
            join l in db.Laboratories on c.LaboratoryCode equals l.Code
            select new { Certificate = c, TypeName = t.Name, i.SerialNumber, Laboratory = l.Name }).SingleOrDefaultAsync(ct);
        if (found is null || code is null || !string.Equals(found.Certificate.VerificationCode, code.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new NotFoundException(nameof(Certificate), certificateNo);
        }

        var issued = found.Certificate;
        return new PublicCertificateResponse(issued.CertificateNo, issued.StatusOn(ChinaTime.Today(clock)), issued.Kind, found.TypeName, found.SerialNumber, issued.IssuedOn, issued.ValidUntil, found.Laboratory);
    }

    private static AmendmentCorrections Merge(string? earlier, AmendmentCorrections now)
    {
        var before = earlier is null ? null : JsonSerializer.Deserialize<AmendmentCorrections>(earlier, Json);
        return before is null ? now : new AmendmentCorrections(
            now.CustomerName ?? before.CustomerName, now.CustomerAddress ?? before.CustomerAddress, now.Manufacturer ?? before.Manufacturer, now.Model ?? before.Model,
            now.SerialNumber ?? before.SerialNumber, now.Range ?? before.Range, now.AccuracyClass ?? before.AccuracyClass, now.Remarks ?? before.Remarks);
    }

    private async Task<Certificate> LoadAsync(string certificateNo, int? version, CancellationToken ct)
    {
        certificateNo = Identifiers.Normalize(certificateNo);
        var certificate = await FindAsync(db.Certificates, certificateNo, ct);
        user.EnsureMayChange(certificate, nameof(Certificate), certificateNo);
        VersionCheck.EnsureIfSent(certificate, nameof(Certificate), certificateNo, version);
        return certificate;
    }

    private static async Task<Certificate> FindAsync(IQueryable<Certificate> certificates, string certificateNo, CancellationToken ct) =>
        await certificates.FirstOrDefaultAsync(c => c.CertificateNo == certificateNo, ct) ?? throw new NotFoundException(nameof(Certificate), certificateNo);
}
