using System.Security.Cryptography;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Certificates;
using Lims.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Certificates;

/// <summary>
/// Reading and downloading issued certificates, within the caller's laboratory (rule 12), and the
/// anonymous public check. Revocations and amendments: <see cref="CertificateChangeHandler"/>.
/// </summary>
public sealed class CertificateHandler(ILimsDb db, ICurrentUser user, TimeProvider clock)
{
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

    /// <summary>Anonymous: a wrong code and an unknown number both answer 404, so numbers cannot be probed.</summary>
    public async Task<PublicCertificateResponse> PublicCheckAsync(string certificateNo, string? code, CancellationToken ct)
    {
        certificateNo = Identifiers.Normalize(certificateNo);
        var issued = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.CertificateNo == certificateNo, ct);
        if (issued is null || !VerificationCodes.Match(issued.VerificationCode, code))
        {
            throw new NotFoundException(nameof(Certificate), certificateNo);
        }

        // What the PDF prints, recorded at issue: the public check and the paper never differ.
        return new PublicCertificateResponse(issued.CertificateNo, issued.StatusOn(ChinaTime.Today(clock)), issued.Kind, issued.PrintedInstrumentType, issued.PrintedSerialNumber, issued.IssuedOn, issued.ValidUntil, issued.PrintedLaboratory, issued.SupersededBy);
    }

    private static async Task<Certificate> FindAsync(IQueryable<Certificate> certificates, string certificateNo, CancellationToken ct) =>
        await certificates.FirstOrDefaultAsync(c => c.CertificateNo == certificateNo, ct) ?? throw new NotFoundException(nameof(Certificate), certificateNo);
}
